from kampar_desk.domain.audit import GENESIS_HASH, ChainLink, chain_hash, verify_chain


def build(payloads):
    links, previous = [], GENESIS_HASH
    for sequence, payload in enumerate(payloads, start=1):
        digest = chain_hash(previous, payload)
        links.append(ChainLink(sequence, payload, previous, digest))
        previous = digest
    return links


def test_intact_chain_verifies():
    report = verify_chain(build([{"a": 1}, {"b": "dua"}, {"c": [3]}]))
    assert report.intact and report.events_checked == 3


def test_changed_content_removed_or_reordered_event_is_caught():
    links = build([{"a": 1}, {"b": 2}, {"c": 3}])
    changed = [links[0], ChainLink(2, {"b": 20}, links[1].previous_hash, links[1].hash), links[2]]
    assert verify_chain(changed).first_broken_sequence == 2
    assert "diubah" in verify_chain(changed).describe()
    removed = [links[0], links[2]]
    assert verify_chain(removed).first_broken_sequence == 3
    relinked = [links[0], ChainLink(2, {"b": 2}, "f" * 64, links[1].hash), links[2]]
    assert verify_chain(relinked).first_broken_sequence == 2
