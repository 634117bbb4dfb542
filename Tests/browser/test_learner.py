"""A learner rehearses in headless Chromium: choose, type, see persona and coach, end, reflect."""
import os
import time
import unittest
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from harness import REPO, BrowserTestCase


class LearnerTest(BrowserTestCase):
    def test_rehearse_with_a_closed_question_then_end_and_reflect(self):
        driver = self.driver
        driver.get(self.server.url)
        self.visible('[data-dialogue="open-vragen"]').click()
        box = self.visible("#composer-text")
        self.assertEqual(driver.switch_to.active_element, box, "focus goes to the text box")
        opening = len(self.wait_for_count('[data-role="persona"]', 1))

        box.send_keys("Bent u tevreden over het contact met de gemeente?")
        box.send_keys(Keys.ENTER)
        coach = self.wait_for_count('[data-role="coach"]', 1)[0]
        self.assertIn("gesloten vraag", coach.text)
        self.wait_for_count('[data-role="persona"]', opening + 1)
        learner = driver.find_elements(By.CSS_SELECTOR, '[data-role="learner"]')
        self.assertEqual(len(learner), 1)
        self.assertIn("Bent u tevreden", learner[0].text)
        self.assertTrue(self.wait().until(lambda d: d.find_elements(By.CSS_SELECTOR, '[data-role="learner"] [data-tag="closed"]')))

        box = self.visible("#composer-text")
        box.send_keys("Wat willen jullie met het dorp bereiken?")
        box.send_keys(Keys.SHIFT, Keys.ENTER)
        self.assertEqual(self.count('[data-role="learner"]'), 1, "Shift+Enter does not send")
        box.send_keys(Keys.ENTER)
        self.wait_for_count('[data-role="learner"] .tags', 2)
        self.assertTrue(driver.find_elements(By.CSS_SELECTOR, '#progress-body [data-tag="open"]'))

        if os.environ.get("SAVE_SCREENSHOT") == "1":
            driver.set_window_size(1280, 1100)
            driver.execute_script("window.scrollTo(0, 0)")
            time.sleep(0.3)
            driver.save_screenshot(str(REPO / "docs" / "screenshot.png"))

        driver.find_element(By.ID, "finish").click()
        self.visible("#end-title")
        self.assertTrue(driver.find_elements(By.CSS_SELECTOR, '#summary [data-skill="question"]'))
        answers = driver.find_elements(By.CSS_SELECTOR, "#reflection-questions textarea")
        self.assertGreater(len(answers), 0)
        for answer in answers:
            answer.send_keys("Ik stelde eerst een gesloten vraag.")
        driver.find_element(By.CSS_SELECTOR, "#reflection button[type=submit]").click()
        self.visible("#reflected")
        href = driver.find_element(By.ID, "download").get_attribute("href")
        self.assertTrue(href.startswith("blob:"))

        self.wait().until(lambda _: any("Ik stelde eerst een gesloten vraag." in path.read_text()
                                        for path in Path(self.server.transcripts).glob("*/*.jsonl")))

    def test_reload_resumes_without_duplicates(self):
        driver = self.driver
        driver.get(self.server.url)
        self.visible('[data-dialogue="open-vragen"]').click()
        box = self.visible("#composer-text")
        box.send_keys("Wat is er bij de vorige bijeenkomst gebeurd?" + Keys.ENTER)
        self.wait_for_count('[data-role="learner"] .tags', 1)
        before = [node.text for node in driver.find_elements(By.CSS_SELECTOR, ".message")]
        driver.refresh()
        self.wait_for_count('[data-role="learner"]', 1)
        self.wait().until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".message")) >= len(before))
        after = [node.text for node in driver.find_elements(By.CSS_SELECTOR, ".message")]
        self.assertEqual(after, before)

    def test_preview_shows_state_and_variables(self):
        driver = self.driver
        driver.get(self.server.url + "index.html?preview")
        self.visible('[data-dialogue="open-vragen"]').click()
        state = self.visible("#preview-state .state-name")
        self.assertTrue(state.text)


if __name__ == "__main__":
    unittest.main()
