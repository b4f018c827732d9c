"""Text of uploaded PDFs, extracted once when a resource is saved."""

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PyPdfError

logger = logging.getLogger(__name__)

# Enough for search over a long report; the rest adds little and costs
# space in the search index.
MAX_PAGES = 400
MAX_CHARACTERS = 500_000


def extract_text(data: bytes) -> str:
    """Return the text of a PDF, or "" when it cannot be read."""
    try:
        reader = PdfReader(io.BytesIO(data))
        parts = []
        size = 0
        for page in reader.pages[:MAX_PAGES]:
            text = page.extract_text() or ""
            parts.append(text)
            size += len(text)
            if size >= MAX_CHARACTERS:
                break
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        logger.warning("Could not read the text of a PDF: %s", error)
        return ""
    return " ".join(" ".join(parts).split())[:MAX_CHARACTERS]
