"""Helpers shared by the browser tests."""

from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def log_in(page, site: str, username: str, language: str = "kk") -> None:
    """Log in through the site's own form with the demo password."""
    page.goto(f"{site}/{language}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "kelisim-demo")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
