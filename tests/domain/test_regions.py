from kampar_desk.services.catalog import load_regions


def test_kampar_has_21_kecamatan_and_250_villages_of_which_8_kelurahan():
    regions = load_regions()
    assert len(regions.districts) == 21
    villages = [v for d in regions.districts for v in d.villages]
    assert len(villages) == 250
    assert sorted(v.name for v in villages if v.is_kelurahan) == sorted(
        ["Bangkinang", "Langgini", "Air Tiris", "Batu Bersurat", "Lipat Kain", "Sungai Pagar", "Pulau", "Pasir Sialang"]
    )
    assert all(v.code.startswith(v.district_code + ".") for v in villages)


def test_sktm_signer_follows_the_kind_of_village():
    regions = load_regions()
    assert regions.village("14.01.02.1027").sktm_signer == "Lurah Air Tiris"
    assert regions.village("14.01.02.2001").sktm_signer == "Kepala Desa Batu Belah"
    assert [v.name for v in regions.villages_of("14.01.01")] == ["Bangkinang", "Langgini", "Kumantan", "Ridan Permai"]
    assert regions.district("14.01.99") is None


def test_the_kecamatan_of_a_nik_is_named_only_when_known():
    regions = load_regions()
    assert regions.district_of_nik("1401025708850003").code == "14.01.02"
    assert regions.district_of_nik("31710257") is None  # Jakarta: not a kecamatan of this office
    assert regions.district_of_nik("14010") is None  # not six digits yet
