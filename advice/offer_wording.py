"""What the job-offer check says about each sign, in the active language."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from advice.offer_check import Verdict


@dataclass(frozen=True)
class SignText:
    title: str
    why: str


def sign_text(code: str) -> SignText:
    texts = {
        "recruitment_fee": SignText(
            _("They ask you to pay to get the job."),
            _(
                "Under the ILO's principles for fair recruitment, workers should "
                "not be charged any fee or cost, directly or indirectly, for being "
                "recruited. Official programmes do not sell jobs or places."
            ),
        ),
        "papers_paid_to_recruiter": SignText(
            _("They ask you to pay them for the visa, permit or passport."),
            _(
                "Official fees are paid to the government office that issues the "
                "document, which gives you a receipt. The IOM lists visa and "
                "permit costs among the recruitment costs that should not be "
                "charged to migrant workers."
            ),
        ),
        "travel_paid_to_recruiter": SignText(
            _("They ask you to pay them for tickets or lodging."),
            _(
                "The IOM lists transport and lodging among the recruitment costs "
                "that migrant workers are often charged and should not be."
            ),
        ),
        "deposit_or_debt": SignText(
            _("They ask for a deposit or guarantee, or lend you money to repay."),
            _(
                "A debt to the recruiter or employer can keep you in a job you "
                "cannot leave. Paying for recruitment greatly increases the risk "
                "of forced labour, debt bondage and trafficking."
            ),
        ),
        "contract_on_arrival": SignText(
            _("The contract would come only after you arrive."),
            _(
                "Once you have travelled, it is hard to refuse bad terms. Ask for "
                "the written contract before you leave and keep a copy."
            ),
        ),
        "no_written_contract": SignText(
            _("There is no written contract."),
            _(
                "Spoken or chat promises cannot be checked or enforced. Ask for "
                "the terms in writing: employer, place, work, pay, hours and "
                "length of the contract."
            ),
        ),
        "unreadable_contract": SignText(
            _("You cannot read the contract, or they want you to sign blank pages."),
            _(
                "Never sign a blank page or a text you do not understand. Ask for "
                "the contract in a language you can read."
            ),
        ),
        "keeps_documents": SignText(
            _("They want to keep your passport or identity document."),
            _(
                "Keeping a person's identity documents is one of the signs of "
                "trafficking in persons named by Mexico's foreign ministry. Your "
                "documents are yours: keep them with you."
            ),
        ),
        "work_without_permit": SignText(
            _("They tell you to enter as a tourist and work."),
            _(
                "Visitor statuses do not give the right to work. Working without "
                "a permit exposes you to fines, deportation and abuse by "
                "employers. The country pages list the permits that do."
            ),
        ),
        "not_on_official_list": SignText(
            _("The employer, agency or programme is not on an official list."),
            _(
                "Where a country keeps a list of licensed recruiters or runs an "
                "official programme, a real offer can be found there. Ask the "
                "labour ministry before you pay or travel."
            ),
        ),
        "not_checked_yet": SignText(
            _("You have not checked the offer with an official source yet."),
            _(
                "Check it before you pay anything or hand over documents: the "
                "places to look are listed below."
            ),
        ),
        "unknown_contact_online": SignText(
            _("Someone you do not know offered the job online."),
            _(
                "Fake job offers and visa scams spread through social media and "
                "messaging apps. Write down who contacted you and check the offer "
                "with the official institution."
            ),
        ),
    }
    return texts[code]


def verdict_text(verdict: Verdict) -> str:
    texts = {
        Verdict.STOP: _(
            "Your answers show serious warning signs. Do not pay anything, do "
            "not hand over your documents and do not travel until you have "
            "checked the offer with the official institutions below."
        ),
        Verdict.CHECK: _(
            "Your answers show some warning signs. Check the offer with the "
            "official institutions below before you go further."
        ),
        Verdict.NO_SIGNS: _(
            "Your answers show none of the warning signs this check looks for. "
            "That does not prove the offer is real: check it with the official "
            "institutions below before you pay or travel."
        ),
    }
    return texts[verdict]
