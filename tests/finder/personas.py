"""People with known real-world answers, shared by the finder tests.

Each persona's expectations come from the nationality limits written in the
official or cited sources of the demo content (shared/content/facts.md).
"""

PERSONAS = {
    "guatemalan-farm-worker-in-mexico": {
        "query": {
            "nationality": "GT",
            "destination": "MX",
            "purpose": "work",
            "work_kind": "seasonal_agriculture",
            "job_offer": "yes",
        },
        "fits": ["border-worker-visitor-card"],
        "not": [],
    },
    "honduran-farm-worker-in-mexico": {
        "query": {
            "nationality": "HN",
            "destination": "MX",
            "purpose": "work",
            "work_kind": "seasonal_agriculture",
            "job_offer": "yes",
        },
        "fits": [],
        "not": ["border-worker-visitor-card"],
    },
    "mexican-seasonal-farm-worker-in-canada": {
        "query": {
            "nationality": "MX",
            "destination": "CA",
            "purpose": "work",
            "work_kind": "seasonal_agriculture",
            "job_offer": "no",
            "age": "30",
        },
        "fits": ["seasonal-agricultural-worker-program"],
        "not": [],
    },
    "guatemalan-seasonal-farm-worker-in-canada": {
        "query": {
            "nationality": "GT",
            "destination": "CA",
            "purpose": "work",
            "work_kind": "seasonal_agriculture",
            "job_offer": "no",
            "age": "30",
        },
        "fits": [],
        "not": ["seasonal-agricultural-worker-program"],
    },
    "dominican-farm-worker-in-canada": {
        "query": {
            "nationality": "DM",
            "destination": "CA",
            "purpose": "work",
            "work_kind": "seasonal_agriculture",
            "job_offer": "no",
            "age": "25",
        },
        "fits": ["seasonal-agricultural-worker-program"],
        "not": [],
    },
    "jamaican-professional-in-dominica": {
        "query": {
            "nationality": "JM",
            "destination": "DM",
            "purpose": "work",
            "work_kind": "skilled",
        },
        "fits": ["caricom-skilled-nationals"],
        "not": [],
    },
    "costa-rican-professional-in-dominica": {
        "query": {
            "nationality": "CR",
            "destination": "DM",
            "purpose": "work",
            "work_kind": "skilled",
        },
        "fits": [],
        "not": ["caricom-skilled-nationals"],
    },
    "salvadoran-visitor-in-mexico": {
        "query": {"nationality": "SV", "destination": "MX", "purpose": "visit"},
        "fits": ["regional-visitor-card"],
        "not": [],
    },
    "nicaraguan-visitor-in-mexico": {
        "query": {"nationality": "NI", "destination": "MX", "purpose": "visit"},
        "fits": [],
        "not": ["regional-visitor-card"],
    },
    "retiree-aged-60-in-belize": {
        "query": {
            "nationality": "US",
            "destination": "BZ",
            "purpose": "residence",
            "residence_means": "pension",
            "age": "60",
        },
        "fits": ["qualified-retired-persons-program"],
        "not": [],
    },
    "young-costa-rican-without-a-job-offer-in-canada": {
        "query": {
            "nationality": "CR",
            "destination": "CA",
            "purpose": "work",
            "work_kind": "temporary",
            "job_offer": "no",
            "age": "24",
        },
        "fits": ["international-experience-canada"],
        "not": [],
    },
    "young-mexican-without-a-job-offer-in-canada": {
        "query": {
            "nationality": "MX",
            "destination": "CA",
            "purpose": "work",
            "work_kind": "temporary",
            "job_offer": "no",
        },
        "fits": [],
        "not": ["international-experience-canada"],
    },
}
