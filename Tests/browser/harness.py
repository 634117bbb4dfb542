"""Shared pieces of the browser tests: the real `rehearse serve` on a free port over a copy of
the repository's dialogues and Web client, and headless Chromium with its console log.

Run them with the README's test command, or alone:
    REHEARSE_BIN=.build/debug/rehearse .venv/bin/python -m unittest discover -s Tests/browser -v
"""
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import unittest
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parents[2]


def rehearse_binary():
    explicit = os.environ.get("REHEARSE_BIN")
    if explicit:
        return explicit
    path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, capture_output=True, text=True, check=True)
    return str(Path(path.stdout.strip()) / "rehearse")


class Server:
    """`rehearse serve` in a child process with its own temporary transcripts folder."""

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="rehearse-browser-"))
        shutil.copytree(REPO / "Dialogues", self.root / "Dialogues")
        self.transcripts = self.root / "transcripts"
        self.trainer_token = secrets.token_hex(16)
        self.process = subprocess.Popen(
            [rehearse_binary(), "serve", "--port", "0", "--dialogues", str(self.root / "Dialogues"),
             "--web", str(REPO / "Web"), "--transcripts", str(self.transcripts),
             "--trainer-token", self.trainer_token, "--log-level", "warning"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        match = re.search(r":(\d+)/", line)
        if not match:
            self.stop()
            raise RuntimeError(f"server did not start: {line!r}")
        self.port = int(match.group(1))
        self.url = f"http://127.0.0.1:{self.port}/"

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.root, ignore_errors=True)


def browser(downloads=None):
    options = Options()
    if downloads:
        options.add_experimental_option("prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False})
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=nl"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


class BrowserTestCase(unittest.TestCase):
    """Starts a server per test class and a browser per test; fails on any console error."""

    @classmethod
    def setUpClass(cls):
        cls.server = Server()

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def setUp(self):
        self.drivers = []
        self.driver = self.new_browser()

    def new_browser(self, downloads=None):
        driver = browser(downloads)
        self.drivers.append(driver)
        return driver

    def tearDown(self):
        for driver in self.drivers:
            errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
            driver.quit()
            self.assertEqual(errors, [], "no console errors")

    def wait(self, driver=None, timeout=10):
        return WebDriverWait(driver or self.driver, timeout)

    def visible(self, css, driver=None):
        return self.wait(driver).until(EC.visibility_of_element_located((By.CSS_SELECTOR, css)))

    def count(self, css, driver=None):
        return len((driver or self.driver).find_elements(By.CSS_SELECTOR, css))

    def wait_for_count(self, css, minimum, driver=None):
        self.wait(driver).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, css)) >= minimum)
        return (driver or self.driver).find_elements(By.CSS_SELECTOR, css)
