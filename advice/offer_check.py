"""Warning signs in a job offer: pure rules over the answers, no wording.

Each sign is a code; `advice.offer_wording` says it in the reader's language
and names the source it rests on. The check never says an offer is safe: it
lists what it found and where to verify.
"""

from dataclasses import dataclass
from enum import StrEnum


class Contact(StrEnum):
    EMPLOYER = "employer"  # the employer itself
    PUBLIC_SERVICE = "public_service"  # a labour ministry or employment service
    AGENCY = "agency"  # a recruitment or placement agency
    STRANGER_ONLINE = "stranger_online"  # someone unknown, on social media
    ACQUAINTANCE = "acquaintance"  # a friend, relative or neighbour


class Payment(StrEnum):
    NOTHING = "nothing"
    RECRUITMENT_FEE = "recruitment_fee"  # to get the job or a place in a list
    PAPERS = "papers"  # visa, permit or passport costs, paid to them
    TRAVEL = "travel"  # tickets or lodging, paid to them
    DEPOSIT = "deposit"  # a deposit, guarantee or loan to repay from wages


class Listing(StrEnum):
    LISTED = "listed"  # found on an official list or programme page
    NOT_LISTED = "not_listed"  # looked, and not found
    NOT_CHECKED = "not_checked"


class Contract(StrEnum):
    WRITTEN_BEFORE = "written_before"  # in writing, before leaving, readable
    ON_ARRIVAL = "on_arrival"  # promised for after arrival
    SPOKEN_ONLY = "spoken_only"  # only spoken or chat promises
    UNREADABLE = "unreadable"  # in a language you cannot read, or blank


class Extra(StrEnum):
    KEEP_DOCUMENTS = "keep_documents"  # they want to hold your passport or ID
    VISITOR_ENTRY = "visitor_entry"  # enter as a tourist and work anyway


class Level(StrEnum):
    HIGH = "high"  # stop: do not pay or travel before checking
    MEDIUM = "medium"  # check before going further


class Verdict(StrEnum):
    STOP = "stop"
    CHECK = "check"
    NO_SIGNS = "no_signs"  # none found; still not proof of a real offer


@dataclass(frozen=True)
class OfferAnswers:
    destination: str  # ISO code of a covered country, lower case
    residence: str  # ISO code of a covered country, or "" for elsewhere
    contact: Contact
    payments: frozenset[Payment]
    listing: Listing
    contract: Contract
    extras: frozenset[Extra] = frozenset()


@dataclass(frozen=True)
class Sign:
    code: str
    level: Level


@dataclass(frozen=True)
class Evaluation:
    verdict: Verdict
    signs: tuple[Sign, ...]

    @property
    def asks_recruitment_fee(self) -> bool:
        return any(sign.code == "recruitment_fee" for sign in self.signs)


# Costs the worker is asked to pay, and the sign each one is.
_PAYMENT_SIGNS = {
    Payment.RECRUITMENT_FEE: Sign("recruitment_fee", Level.HIGH),
    Payment.PAPERS: Sign("papers_paid_to_recruiter", Level.HIGH),
    Payment.TRAVEL: Sign("travel_paid_to_recruiter", Level.HIGH),
    Payment.DEPOSIT: Sign("deposit_or_debt", Level.HIGH),
}
_CONTRACT_SIGNS = {
    Contract.ON_ARRIVAL: Sign("contract_on_arrival", Level.HIGH),
    Contract.SPOKEN_ONLY: Sign("no_written_contract", Level.HIGH),
    Contract.UNREADABLE: Sign("unreadable_contract", Level.HIGH),
}
_EXTRA_SIGNS = {
    Extra.KEEP_DOCUMENTS: Sign("keeps_documents", Level.HIGH),
    Extra.VISITOR_ENTRY: Sign("work_without_permit", Level.HIGH),
}


def evaluate(answers: OfferAnswers) -> Evaluation:
    """Return the warning signs the answers show, most serious first."""
    signs: list[Sign] = []

    signs += [sign for p, sign in _PAYMENT_SIGNS.items() if p in answers.payments]
    if answers.contract in _CONTRACT_SIGNS:
        signs.append(_CONTRACT_SIGNS[answers.contract])
    signs += [sign for e, sign in _EXTRA_SIGNS.items() if e in answers.extras]
    if answers.listing is Listing.NOT_LISTED:
        signs.append(Sign("not_on_official_list", Level.HIGH))
    elif answers.listing is Listing.NOT_CHECKED:
        signs.append(Sign("not_checked_yet", Level.MEDIUM))
    if answers.contact is Contact.STRANGER_ONLINE:
        signs.append(Sign("unknown_contact_online", Level.MEDIUM))

    signs.sort(key=lambda sign: sign.level is not Level.HIGH)
    return Evaluation(_verdict(signs), tuple(signs))


def _verdict(signs: list[Sign]) -> Verdict:
    if any(sign.level is Level.HIGH for sign in signs):
        return Verdict.STOP
    if signs:
        return Verdict.CHECK
    return Verdict.NO_SIGNS
