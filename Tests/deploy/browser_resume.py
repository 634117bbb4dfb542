"""The real Web client in headless Chromium, through nginx: start a rehearsal, say a line,
reload the page (the client reconnects with /ws?session=<id> and resumes), check that the chat
is rebuilt without duplicates, and say the next line. Prints the session id for the caller's
routing checks. Needs selenium (scripts/install-deps test puts it in .venv).

Usage: browser_resume.py http://127.0.0.1:PORT/
"""
import json
import shutil
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def main():
    url = sys.argv[1]
    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=nl"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    wait = WebDriverWait(driver, 15)

    def count(selector):
        return len(driver.find_elements(By.CSS_SELECTOR, selector))

    def say(text, learner_lines):
        box = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#composer-text"))
        wait.until(lambda d: box.is_enabled())
        box.send_keys(text + Keys.ENTER)
        wait.until(lambda d: count('[data-role="learner"] .tags') == learner_lines)

    try:
        driver.get(url)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '[data-dialogue="vrij-oefenen"]'))[0].click()
        say("Wat brengt u hier vandaag?", 1)
        before = [node.text for node in driver.find_elements(By.CSS_SELECTOR, ".message")]
        session = json.loads(driver.execute_script("return sessionStorage.getItem('rehearse.session')"))["id"]

        driver.refresh()
        wait.until(lambda d: count(".message") >= len(before) and count('[data-role="learner"]') == 1)
        after = [node.text for node in driver.find_elements(By.CSS_SELECTOR, ".message")]
        assert after == before, f"the chat after the reload differs:\n{before}\n{after}"
        say("U merkt dat er veel verandert in de wijk?", 2)
        errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        assert not errors, f"console errors: {errors}"
        print(session)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
