from kampar_desk.domain.roles import Role
from kampar_desk.ui.main_window import MainWindow


def test_main_window_shows_office_service_and_the_stage_tabs(qtbot, desk, officers, tmp_path):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    tabs = [window.ui.tabs.tabText(i) for i in range(window.ui.tabs.count())]
    assert tabs[:6] == ["Beranda", "Pendaftaran", "Verifikasi", "Pemeriksaan", "Penerbitan", "Pelacakan"]
    assert "DINAS PENANAMAN MODAL" in window.ui.officeLabel.text()
    assert "Rekomendasi Bantuan Pengiriman Pelatih Anak Putus Sekolah" in window.ui.serviceLabel.text()
    assert window.windowTitle() == "Kampar Desk 0.2.0 - DPMPTSP Kabupaten Kampar"
    window.show_officer(officers[Role.FRONT_OFFICE])
    assert "Siti Aminah" in window.ui.officerLabel.text() and "Petugas Front Office" in window.ui.officerLabel.text()
    assert window.grab().save(str(tmp_path / "main.png"))


def test_every_tab_renders_for_an_admin(qtbot, window, tmp_path):
    from tests.ui.conftest import sign_in

    sign_in(qtbot, window, "admin")
    for index in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(index)
        image = window.grab().toImage()
        path = tmp_path / f"tab-{index}.png"
        assert image.save(str(path)) and path.stat().st_size > 5000
        assert window.ui.tabs.isTabVisible(index)


def test_the_title_says_data_contoh_on_a_demo_data_folder(qtbot, desk):
    from kampar_desk.services.demo import fill_demo

    fill_demo(desk, 2)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Kampar Desk 0.2.0 - DPMPTSP Kabupaten Kampar - DATA CONTOH"
    assert "DATA CONTOH" in window.ui.officeLabel.text()
