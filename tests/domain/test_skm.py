from decimal import Decimal
from fractions import Fraction

import pytest

from kampar_desk.domain.skm import UNSUR, compute_ikm, grade, krejcie_morgan, round_half_up

# Reference vector (domain-facts 1.3): per-unsur totals of 29 questionnaires.
TOTALS = (105, 101, 100, 116, 102, 105, 106, 105, 115)


def responses_with_totals(totals, count):
    """`count` responses whose column sums are exactly `totals` (each value 1..4)."""
    rows = [[0] * 9 for _ in range(count)]
    for column, total in enumerate(totals):
        base, extra = divmod(total, count)
        for row in range(count):
            rows[row][column] = base + (1 if row < extra else 0)
    return rows


def test_the_reference_vector_reproduces():
    result = compute_ikm(responses_with_totals(TOTALS, 29))
    assert [s.total for s in result.scores] == list(TOTALS)
    assert [round(float(s.nrr), 4) for s in result.scores] == [
        3.6207,
        3.4828,
        3.4483,
        4.0,
        3.5172,
        3.6207,
        3.6552,
        3.6207,
        3.9655,
    ]
    assert round(float(result.weighted_sum * 25), 4) == 91.4751
    assert result.ikm == Decimal("91.48") and (result.grade, result.performance) == ("A", "Sangat Baik")
    assert result.respondents == 29


def test_all_fours_is_exactly_100_with_weight_one_ninth():
    result = compute_ikm([[4] * 9] * 5)
    assert result.ikm == Decimal("100.00") and result.grade == "A"
    assert all(s.converted == Decimal("100.00") for s in result.scores)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("76.605", (Decimal("76.61"), "B", "Baik")),
        ("76.604", (Decimal("76.60"), "C", "Kurang Baik")),
        ("76.60", (Decimal("76.60"), "C", "Kurang Baik")),
        ("88.30", (Decimal("88.30"), "B", "Baik")),
        ("88.305", (Decimal("88.31"), "A", "Sangat Baik")),
        ("64.99", (Decimal("64.99"), "D", "Tidak Baik")),
        ("64.995", (Decimal("65.00"), "C", "Kurang Baik")),
        ("100", (Decimal("100.00"), "A", "Sangat Baik")),
        ("25", (Decimal("25.00"), "D", "Tidak Baik")),
    ],
)
def test_grade_table_edges_round_half_up_before_grading(value, expected):
    assert grade(value) == expected


def test_rounding_is_half_up_not_bankers():
    assert round_half_up("76.605") == Decimal("76.61")
    assert round_half_up(Fraction(153211, 2000)) == Decimal("76.61")  # exactly 76.6055


def test_missing_answers_count_only_those_who_answered():
    rows = [[4, 3, None, 4, 4, 4, 4, 4, 4], [2, 3, None, 4, 4, 4, 4, 4, 4], [3, None, None, 4, 4, 4, 4, 4, 4]]
    result = compute_ikm(rows)
    u1, u2, u3 = result.scores[:3]
    assert (u1.answered, u1.nrr) == (3, Fraction(3))
    assert (u2.answered, u2.nrr) == (2, Fraction(3))
    assert u3.nrr is None and u3.grade == "-" and result.unanswered == (UNSUR[2],)
    expected = (Fraction(3) + Fraction(3) + 6 * Fraction(4)) / 8 * 25  # U3 left out: weight 1/8
    assert result.weighted_sum * 25 == expected and result.ikm == Decimal("93.75")


def test_no_responses_gives_no_index_and_bad_values_are_refused():
    assert compute_ikm([]).ikm is None
    with pytest.raises(ValueError):
        compute_ikm([[5] * 9])


@pytest.mark.parametrize(
    ("population", "sample"),
    [
        (10, 10),
        (15, 14),
        (20, 19),
        (30, 28),
        (50, 44),
        (100, 80),
        (150, 108),
        (200, 132),
        (300, 169),
        (500, 217),
        (1000, 278),
        (2000, 322),
        (5000, 357),
        (10000, 370),
        (50000, 381),
        (1000000, 384),
        (0, 0),
    ],
)
def test_krejcie_morgan_reproduces_the_published_table(population, sample):
    assert krejcie_morgan(population) == sample


def test_nine_unsur_with_four_answers_in_questionnaire_order():
    assert [u.code for u in UNSUR] == [f"U{i}" for i in range(1, 10)]
    assert UNSUR[7].name == "Sarana dan Prasarana" and UNSUR[8].name.startswith("Penanganan Pengaduan")
    assert UNSUR[3].answers[3] == "Gratis" and all(len(u.answers) == 4 for u in UNSUR)


def test_age_bands_of_the_respondent_profile():
    from kampar_desk.domain.skm import age_group

    assert [age_group(a) for a in (None, 19, 20, 35, 59, 60, 88)] == [
        "Tidak diisi",
        "< 20",
        "20-29",
        "30-39",
        "50-59",
        "60 ke atas",
        "60 ke atas",
    ]
