"""The whole check: read the data root, validate every file, then the files together."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.findings import Findings
from generator.load.data_root import read_data_root
from generator.load.file_cache import FileCache
from generator.load.vocabularies import district_vocabularies
from generator.model.compact import share_field_sets
from generator.model.dataset import Dataset
from generator.model.network import Network
from generator.model.offer import Offer
from generator.model.partner import Partner
from generator.validate.cross_files import cross_file_findings, findings_after_save
from generator.validate.identity import check_file_name, check_offer_folder, check_unique_ids
from generator.validate.limits import limit_findings
from generator.validate.model_errors import validate_document


@dataclass
class CheckResult:
    dataset: Dataset | None  # None when network.yaml itself is unusable
    findings: Findings

    @property
    def ok(self) -> bool:
        return self.dataset is not None and not self.findings.errors


def check_data_root(root: Path, today: dt.date, cache: FileCache | None = None) -> CheckResult:
    """With a cache (`mkdocs serve`), unchanged files are neither parsed nor validated again."""
    raw = read_data_root(root, cache)
    findings = Findings()
    vocabularies, vocabulary_findings = district_vocabularies(raw.vocabularies)
    findings.extend(vocabulary_findings)
    context = {"vocabularies": vocabularies}

    network = None
    if raw.network is not None:
        document = raw.network
        network, network_findings = (
            validate_document(Network, document, context) if cache is None else
            cache.validate(Network, document, lambda: validate_document(Network, document,
                                                                        context)))
        findings.extend(network_findings)
        if cache is None and network is not None:
            share_field_sets(network)

    partners, partner_sources, invalid_partners = _validate_all(Partner, raw.partners(),
                                                                context, findings, cache)
    offers, offer_sources, invalid_offers = _validate_all(Offer, raw.offers(), context,
                                                          findings, cache)
    findings.extend(raw.findings)  # reading: missing, unreadable, misplaced and stray files
    if cache is None and raw.network is not None:
        raw.network.release()
    if cache is not None:
        cache.forget_unused()

    if network is None:
        return CheckResult(None, findings)
    dataset = Dataset(root, network, vocabularies, partners, offers, partner_sources,
                      offer_sources, raw.network, invalid_partners, invalid_offers)
    if cache is None:
        findings.extend(cross_file_findings(dataset, today))
    else:  # `mkdocs serve`: after a save that changed only offer texts, only those offers
        cross, cache.last_check = findings_after_save(dataset, today, cache.last_check)
        findings.extend(cross)
    return CheckResult(dataset, findings)


def _validate_all(model, documents, context, findings: Findings, cache: FileCache | None):
    objects, sources, by_id, invalid = {}, {}, {}, set()
    for document in documents:
        obj, file_findings = (_look_at(model, document, context) if cache is None else
                              cache.per_file(model.__name__, document,
                                             lambda d=document: _look_at(model, d, context)))
        findings.extend(file_findings)
        if obj is None:
            invalid.update(_claimed_ids(document))
            continue
        if cache is None:  # the object holds the data now; `mkdocs serve` keeps the tree
            document.release()
            share_field_sets(obj)
        by_id.setdefault(obj.id, []).append(document)
        objects[obj.id] = obj
        sources[obj.id] = document
    findings.extend(check_unique_ids("Partner" if model is Partner else "Angebots", by_id))
    return objects, sources, invalid


def _look_at(model, document, context) -> tuple[object | None, list]:
    """Everything one file says on its own: its limits, its fields, its name and folder.
    (the object or None, the findings)."""
    over_limits = limit_findings(document)
    if over_limits:  # too costly to look at further
        return None, over_limits
    obj, findings = validate_document(model, document, context)
    if obj is None:
        return None, findings
    findings = [*findings, *check_file_name(document, obj.id)]
    if model is Offer:
        findings += check_offer_folder(document, obj.provider)
    return obj, findings


def _claimed_ids(document) -> set[str]:
    """The ids an unusable file stands for: references to them are not reported again."""
    data_id = document.data.get("id")
    return {PurePosixPath(document.file).stem, *([data_id] if isinstance(data_id, str) else [])}
