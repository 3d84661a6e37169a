"""Survei Kepuasan Masyarakat per PermenPAN-RB 14/2017: the nine unsur, the IKM formula, grades, sample size."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction


@dataclass(frozen=True)
class Unsur:
    code: str
    name: str
    question: str
    answers: tuple[str, str, str, str]  # value 1 .. 4


# Questionnaire order (U8 = Sarana, U9 = Pengaduan), as the sample questionnaire and most reports print it; the
# regulation's list puts Pengaduan before Sarana. Reports say so.
UNSUR: tuple[Unsur, ...] = (
    Unsur(
        "U1",
        "Persyaratan",
        "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
        ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    ),
    Unsur(
        "U2",
        "Sistem, Mekanisme, dan Prosedur",
        "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
        ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
    ),
    Unsur(
        "U3",
        "Waktu Penyelesaian",
        "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
        ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
    ),
    Unsur(
        "U4",
        "Biaya/Tarif",
        "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
        ("Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
    ),
    Unsur(
        "U5",
        "Produk Spesifikasi Jenis Pelayanan",
        "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan "
        "dengan hasil yang diberikan?",
        ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    ),
    Unsur(
        "U6",
        "Kompetensi Pelaksana",
        "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
        ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
    ),
    Unsur(
        "U7",
        "Perilaku Pelaksana",
        "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
        ("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
    ),
    Unsur(
        "U8",
        "Sarana dan Prasarana",
        "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
        ("Buruk", "Cukup", "Baik", "Sangat baik"),
    ),
    Unsur(
        "U9",
        "Penanganan Pengaduan, Saran dan Masukan",
        "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
        ("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"),
    ),
)

EDUCATION = ("SD", "SMP", "SMA", "D1-D3-D4", "S1", "S2", "S3")
OCCUPATION = ("PNS", "TNI", "POLRI", "Swasta", "Wirausaha", "Lainnya")
SEXES = (("L", "Laki-laki"), ("P", "Perempuan"))

TWO_PLACES = Decimal("0.01")
GRADES = (  # lower bound of the converted value (after rounding to 2 decimals), grade, performance
    (Decimal("88.31"), "A", "Sangat Baik"),
    (Decimal("76.61"), "B", "Baik"),
    (Decimal("65.00"), "C", "Kurang Baik"),
    (Decimal("25.00"), "D", "Tidak Baik"),
)


def round_half_up(value: Fraction | Decimal | float | str) -> Decimal:
    """Two decimals, half up (Python's round() is banker's rounding and would put 76.605 in the gap)."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return Decimal(str(value)).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def grade(converted: Fraction | Decimal | float | str) -> tuple[Decimal, str, str]:
    """Round the converted value (25..100), then grade it: (value, A/B/C/D, performance)."""
    value = round_half_up(converted)
    for lower, letter, performance in GRADES:
        if value >= lower:
            return value, letter, performance
    return value, "D", "Tidak Baik"


@dataclass(frozen=True)
class UnsurScore:
    unsur: Unsur
    total: int
    answered: int
    nrr: Fraction | None  # mean perception value 1..4, None when nobody answered
    converted: Decimal | None
    grade: str
    performance: str


@dataclass(frozen=True)
class IkmResult:
    respondents: int
    scores: tuple[UnsurScore, ...]
    weighted_sum: Fraction | None  # Σ NRR × 1/k over the unsur that were answered
    ikm: Decimal | None  # converted: weighted_sum × 25, rounded half up
    grade: str
    performance: str

    @property
    def unanswered(self) -> tuple[Unsur, ...]:
        return tuple(s.unsur for s in self.scores if s.nrr is None)


def compute_ikm(responses: Sequence[Sequence[int | None]]) -> IkmResult:
    """IKM from responses of nine values 1..4 each (None = not answered).

    Per unsur the mean over those who answered it (NRR); weight 1/9 exactly (the regulation prints 0,111, which would
    make a perfect score 99,90); an unsur nobody answered is left out and the weight becomes 1/k. IKM = Σ × 25.
    """
    scores = []
    for index, unsur in enumerate(UNSUR):
        values = [answer for answer in (r[index] for r in responses) if answer is not None]
        if any(v not in (1, 2, 3, 4) for v in values):
            raise ValueError(f"{unsur.code}: answers must be 1..4")
        if values:
            nrr = Fraction(sum(values), len(values))
            converted, letter, performance = grade(nrr * 25)
            scores.append(UnsurScore(unsur, sum(values), len(values), nrr, converted, letter, performance))
        else:
            scores.append(UnsurScore(unsur, 0, 0, None, None, "-", "-"))
    answered = [s.nrr for s in scores if s.nrr is not None]
    if not answered:
        return IkmResult(len(responses), tuple(scores), None, None, "-", "-")
    weighted = sum(answered, Fraction(0)) / len(answered)
    ikm, letter, performance = grade(weighted * 25)
    return IkmResult(len(responses), tuple(scores), weighted, ikm, letter, performance)


def age_group(age: int | None) -> str:
    """Age bands of the respondent profile in the report."""
    if age is None:
        return "Tidak diisi"
    for upper, label in ((20, "< 20"), (30, "20-29"), (40, "30-39"), (50, "40-49"), (60, "50-59")):
        if age < upper:
            return label
    return "60 ke atas"


def krejcie_morgan(population: int) -> int:
    """Minimum respondents for a population (N service recipients): X²=3.841, P=0.5, d=0.05, rounded to nearest."""
    if population <= 0:
        return 0
    chi, p, d = Decimal("3.841"), Decimal("0.5"), Decimal("0.05")
    n = chi * population * p * (1 - p) / (d * d * (population - 1) + chi * p * (1 - p))
    return int(n.quantize(Decimal("1"), rounding=ROUND_HALF_UP))
