"""What the finder says: questions, options and reasons, in the active language."""

from collections.abc import Sequence
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _

from countries.models import PathwayFee, PathwayPage, Purpose
from finder.choices import FamilyStatus, Relationship, ResidenceMeans, WorkKind
from finder.questions import (
    ALL_DESTINATIONS,
    DESTINATION,
    JOB_OFFER,
    NATIONALITY,
    PURPOSE,
    Question,
)
from finder.rules import Reason, Rule, Verdict
from lib.countries import covered_country
from lib.i18n import translated
from lib.nationalities import REFUGEE, STATELESS, country_name, sorted_countries

LABELS: dict[str, Any] = {
    "purpose": Purpose,
    "work_kind": WorkKind,
    "relationship": Relationship,
    "family_status": FamilyStatus,
    "residence_means": ResidenceMeans,
}


def language() -> str:
    return translation.get_language() or "en"


def question_text(question: Question) -> str:
    texts = {
        "nationality": _("What is your nationality?"),
        "destination": _("Which country do you want to go to?"),
        "purpose": _("What do you want to do there?"),
        "work_kind": _("What kind of work?"),
        "job_offer": _("Do you already have a job offer from an employer there?"),
        "relationship": _("Who is your family member there to you?"),
        "family_status": _("What is your family member's status in that country?"),
        "residence_means": _("How would you support yourself?"),
        "age": _("How old are you?"),
    }
    return texts[question.slug]


def question_hint(question: Question) -> str:
    hints = {
        "nationality": _(
            "The country of your passport. If you have none, choose stateless "
            "or refugee travel document."
        ),
        "destination": _("You can also see every country at once."),
        "job_offer": _(
            "A real offer from an employer in the destination country, not from "
            "an agency that asks you to pay."
        ),
        "age": _("Some pathways have age limits."),
    }
    return hints.get(question.slug, "")


def place_name(code: str) -> str:
    """Name a nationality, status or destination code."""
    if code == STATELESS:
        return _("Stateless")
    if code == REFUGEE:
        return _("Refugee travel document")
    if code == ALL_DESTINATIONS:
        return _("All 14 countries")
    covered = covered_country(code)
    if covered is not None:
        return str(covered.name)
    return country_name(code, language())


def option_label(question: Question, value: str) -> str:
    if question in (NATIONALITY, DESTINATION):
        return place_name(value)
    if question is JOB_OFFER:
        return _("Yes") if value in ("yes", True) else _("No")
    return str(LABELS[question.slug](value).label)


def options(question: Question) -> list[tuple[str, str]]:
    """The (value, label) pairs of a choice question, in display order."""
    if question is NATIONALITY:
        countries = sorted_countries(language())
        statuses = [(STATELESS, place_name(STATELESS)), (REFUGEE, place_name(REFUGEE))]
        return statuses + [(code, name) for code, name in countries]
    if question is DESTINATION:
        covered = [(code, place_name(code)) for code in question.values()[:-1]]
        covered.sort(key=lambda item: item[1])
        return [(ALL_DESTINATIONS, place_name(ALL_DESTINATIONS)), *covered]
    if question is PURPOSE:
        return [(value, option_label(question, value)) for value in question.values()]
    return [(value, option_label(question, value)) for value in question.values()]


def nationality_list(codes: frozenset[str]) -> str:
    names = sorted(place_name(code) for code in codes)
    if len(names) > 6:
        shown = ", ".join(names[:6])
        return _("%(names)s and %(count)d more") % {
            "names": shown,
            "count": len(names) - 6,
        }
    return ", ".join(names)


def _ages(reason: Reason) -> str:
    params = reason.as_dict()
    low, high = params.get("min_age"), params.get("max_age")
    if low is not None and high is not None:
        return _("for ages %(low)s to %(high)s") % {"low": low, "high": high}
    if low is not None:
        return _("from age %(low)s") % {"low": low}
    return _("up to age %(high)s") % {"high": high}


def reason_text(reason: Reason, rule: Rule) -> str:
    """One short clause saying why a pathway fits."""
    params = reason.as_dict()
    code = reason.code
    if code == "nationality_included":
        return _("open to nationals of %(country)s") % {
            "country": place_name(str(params["nationality"]))
        }
    if code == "open_to_all_nationalities":
        return _("open to all nationalities")
    if code == "own_nationals":
        return _("a programme for nationals of %(country)s") % {
            "country": place_name(rule.country)
        }
    if code == "job_offer_required":
        return _("needs a job offer")
    if code == "no_job_offer_needed":
        return _("no job offer needed")
    if code == "age":
        return _ages(reason)
    if code in LABELS:
        return _("for %(what)s") % {
            "what": str(LABELS[code](params["value"]).label).lower()
        }
    return code


def missing_text(reason: Reason, rule: Rule) -> str:
    """What a person still lacks for a pathway that almost fits."""
    if reason.code == "job_offer_required":
        return _("You need a job offer from an employer in that country.")
    if reason.code == "age":
        return _("Only %(ages)s.") % {"ages": _ages(reason)}
    return reason_text(reason, rule)


def failed_text(reason: Reason, rule: Rule) -> str:
    """Why a pathway of the purpose asked about is closed to this person."""
    code = reason.code
    if code == "nationality_not_included":
        return _("Only for nationals of %(countries)s.") % {
            "countries": nationality_list(rule.nationalities)
        }
    if code == "nationality_excluded":
        return _("Not open to nationals of %(countries)s.") % {
            "countries": nationality_list(rule.excluded_nationalities)
        }
    if code == "already_national":
        return _("You are a national of this country; this pathway is for foreigners.")
    if code == "age":
        return _("Only %(ages)s.") % {"ages": _ages(reason)}
    if code in LABELS:
        allowed = {
            "work_kind": rule.work_kinds,
            "relationship": rule.relationships,
            "family_status": rule.family_member_statuses,
            "residence_means": rule.residence_means,
        }[code]
        labels = sorted(str(LABELS[code](value).label).lower() for value in allowed)
        return _("Only for: %(what)s.") % {"what": ", ".join(labels)}
    return ""


def why_line(verdict: Verdict, rule: Rule) -> str:
    clauses = [reason_text(reason, rule) for reason in verdict.why]
    line = "; ".join(clause for clause in clauses if clause)
    return line[:1].upper() + line[1:] if line else ""


def attributes(
    pathway: PathwayPage, rule: Rule, fees: Sequence[PathwayFee]
) -> dict[str, object]:
    """The comparable facts of a pathway, as plain values."""
    lang = language()
    return {
        "job_offer_needed": rule.job_offer_required,
        "fee": [
            {
                "amount": str(fee.amount),
                "currency": fee.currency,
                "verified": fee.verified,
            }
            for fee in fees
        ],
        "free": pathway.is_free,
        "processing_time": str(translated(pathway, "processing_time", lang)) or None,
        "validity": str(translated(pathway, "validity", lang)) or None,
        "work_allowed": pathway.allows_work,
        "family_can_come": pathway.family_can_come,
        "leads_to_permanent_residence": pathway.leads_to_permanent_residence,
        "verified": pathway.is_verified,
    }
