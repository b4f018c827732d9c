"""Submit a form the way a browser would: every field with its current value."""

from bs4 import BeautifulSoup


def form_values(html: str, form_id: str | None = None) -> dict[str, list[str]]:
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form", id=form_id) if form_id else soup.find("form")
    values: dict[str, list[str]] = {}
    for control in form.find_all(["input", "textarea", "select"]):
        name = control.get("name")
        if not name or control.has_attr("disabled"):
            continue
        values.setdefault(name, [])
        if control.name == "textarea":
            values[name].append(control.text)
        elif control.name == "select":
            selected = control.find_all("option", selected=True)
            values[name].extend(option.get("value", option.text) for option in selected)
        elif control.get("type") in ("checkbox", "radio"):
            if control.has_attr("checked"):
                values[name].append(control.get("value", "on"))
        elif control.get("type") not in ("submit", "button", "file"):
            values[name].append(control.get("value", ""))
    return values
