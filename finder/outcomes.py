"""Outcomes: for each destination, the pathways that fit, almost fit or not."""

from dataclasses import dataclass, field

from countries.models import CountryPage, PathwayPage
from finder.data import FinderData
from finder.flow import in_scope
from finder.questions import ALL_DESTINATIONS
from finder.rules import Answers, Direction, Fit, Rule, Verdict, evaluate


@dataclass
class PathwayResult:
    pathway: PathwayPage
    rule: Rule
    verdict: Verdict


@dataclass
class CountryResult:
    code: str
    country: CountryPage
    fits: list[PathwayResult] = field(default_factory=list)
    almost: list[PathwayResult] = field(default_factory=list)
    possible: list[PathwayResult] = field(default_factory=list)
    ruled_out: list[PathwayResult] = field(default_factory=list)
    is_own_country: bool = False

    @property
    def nothing_fits(self) -> bool:
        return not (self.fits or self.almost or self.possible)


def outcomes(data: FinderData, answers: Answers) -> list[CountryResult]:
    """Evaluate every inbound pathway in the destinations asked about."""
    results: dict[str, CountryResult] = {}
    for code, country in data.countries.items():
        if answers.destination in (None, ALL_DESTINATIONS, code):
            results[code] = CountryResult(
                code, country, is_own_country=answers.nationality == code
            )

    for rule in data.rules:
        if rule.direction is not Direction.INBOUND or not in_scope(rule, answers):
            continue
        result = results.get(rule.country)
        if result is None:
            continue
        verdict = evaluate(rule, answers)
        entry = PathwayResult(data.pathways[rule.pathway_id], rule, verdict)
        _file(result, entry, answers)

    return sorted(results.values(), key=lambda result: result.country.title)


def _file(result: CountryResult, entry: PathwayResult, answers: Answers) -> None:
    fit = entry.verdict.fit
    if fit is Fit.FITS:
        result.fits.append(entry)
    elif fit is Fit.ALMOST:
        result.almost.append(entry)
    elif fit is Fit.POSSIBLE:
        result.possible.append(entry)
    elif answers.purpose in entry.rule.purposes:
        # Same purpose but closed to this person: explains "nothing fits".
        result.ruled_out.append(entry)


def programmes_at_home(data: FinderData, answers: Answers) -> list[PathwayResult]:
    """Programmes of the person's own country for working abroad."""
    if answers.nationality is None or answers.purpose != "work":
        return []

    found = []
    for rule in data.rules:
        if rule.direction is Direction.OUTBOUND and rule.country == answers.nationality:
            verdict = evaluate(rule, answers)
            if verdict.fit is not Fit.NO:
                found.append(
                    PathwayResult(data.pathways[rule.pathway_id], rule, verdict)
                )
    return found


def for_pathway(
    data: FinderData, pathway_id: int, answers: Answers
) -> PathwayResult | None:
    for rule in data.rules:
        if rule.pathway_id == pathway_id:
            pathway = data.pathways[pathway_id]
            return PathwayResult(pathway, rule, evaluate(rule, answers))
    return None
