"""A trainer lists, opens and annotates a transcript on the review page."""
import shutil
import tempfile
import unittest
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from harness import BrowserTestCase


class ReviewTest(BrowserTestCase):
    def test_list_open_and_annotate(self):
        learner = self.driver
        learner.get(self.server.url)
        self.visible("#alias").send_keys("Ans")
        self.visible('[data-dialogue="open-vragen"]').click()
        box = self.visible("#composer-text")
        box.send_keys("Heeft u het formulier al ingevuld?" + Keys.ENTER)
        self.wait_for_count('[data-role="learner"] .tags', 1)
        learner.find_element(By.ID, "finish").click()
        self.visible("#end-title")

        downloads = Path(tempfile.mkdtemp(prefix="rehearse-downloads-"))
        self.addCleanup(shutil.rmtree, downloads, True)
        trainer = self.new_browser(downloads)
        trainer.get(self.server.url + "review.html")
        self.visible("#token", trainer).send_keys("verkeerd" + Keys.ENTER)
        self.visible("#error", trainer)
        token = self.visible("#token", trainer)
        token.clear()
        token.send_keys(self.server.trainer_token + Keys.ENTER)
        self.assertNotIn(self.server.trainer_token, trainer.current_url, "the token never goes into a URL")
        rows = self.wait_for_count("[data-transcript]", 1, trainer)
        self.assertIn("Ans", rows[0].text)
        rows[0].click()
        self.visible("#transcript-title", trainer)
        self.wait_for_count('#picture .dot--closed', 1, trainer)
        learner_line = self.wait_for_count('#timeline [data-role="learner"]', 1, trainer)[0]
        self.assertIn("formulier", learner_line.text)
        self.assertTrue(learner_line.find_elements(By.CSS_SELECTOR, '[data-tag="closed"]'))

        note = trainer.find_element(By.ID, "note-1")
        note.send_keys("Hier had een open vraag meer opgeleverd." + Keys.ENTER)
        self.wait().until(lambda d: "open vraag meer opgeleverd" in trainer.find_element(By.CSS_SELECTOR, '.notes[data-turn="1"]').text)

        # The download is the server's Markdown report, renewed after the note.
        link = self.visible("#report-download", trainer)
        self.assertTrue(link.get_attribute("download").endswith(".md"))
        # Renewed after the note: wait until the link points at a new report, then download it.
        self.wait(trainer).until(lambda d: link.get_attribute("data-notes") == "1")
        link.click()
        self.wait(trainer).until(lambda d: list(downloads.glob("*.md")))
        report = next(downloads.glob("*.md")).read_text()
        self.assertIn("open vraag meer opgeleverd", report)
        self.assertTrue(report.startswith("# Verslag"), report[:80])
        self.assertIn("Heeft u het formulier al ingevuld?", report)
        self.assertIn("gesloten vraag", report)

        trainer.refresh()
        self.wait_for_count("[data-transcript]", 1, trainer)[0].click()
        self.wait().until(lambda d: "open vraag meer opgeleverd" in trainer.find_element(By.CSS_SELECTOR, '.notes[data-turn="1"]').text)


if __name__ == "__main__":
    unittest.main()
