"""GENERATED Designer forms (pyside6-uic from forms/*.ui): never edit; run packaging/build_forms.py."""
