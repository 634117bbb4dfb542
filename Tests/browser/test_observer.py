"""The trio exercise in two browsers: a colleague joins with the code, sends a tip that appears
on the learner's page, and plays the persona."""
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from harness import BrowserTestCase


class ObserverTest(BrowserTestCase):
    def test_observer_tip_reaches_the_learner_and_the_player_speaks_for_the_persona(self):
        learner = self.driver
        learner.get(self.server.url)
        self.visible('[data-dialogue="open-vragen"]').click()
        code = self.visible("#join .code").text

        observer = self.new_browser()
        observer.get(self.server.url + "observe.html")
        self.visible("#code", observer).send_keys("  " + code.lower())
        self.visible("#name", observer).send_keys("Pieter")
        observer.find_element(By.CSS_SELECTOR, "#join-form button[type=submit]").click()
        self.visible("#watch-title", observer)

        box = self.visible("#composer-text")
        box.send_keys("Wat is er bij de vorige bijeenkomst gebeurd?" + Keys.ENTER)
        mirrored = self.wait_for_count('[data-role="learner"]', 1, observer)
        self.assertIn("vorige bijeenkomst", mirrored[0].text)
        self.wait().until(lambda d: observer.find_elements(By.CSS_SELECTOR, '[data-role="learner"] [data-tag="open"]'))

        tip = self.visible("#tip-text", observer)
        tip.send_keys("Mooi doorgevraagd, vraag nu naar wat ze nodig heeft." + Keys.ENTER)
        shown = self.wait_for_count('[data-role="observer"]', 1)
        self.assertIn("Mooi doorgevraagd", shown[0].text)
        self.assertIn("Pieter", shown[0].text)

        observer.find_element(By.ID, "play-toggle").click()
        play = self.visible("#play-text", observer)
        self.wait().until(lambda d: "speelt nu de persona" in learner.find_element(By.ID, "log").text)
        play.send_keys("Eerlijk gezegd weet ik niet meer waar we moeten beginnen." + Keys.ENTER)
        self.wait().until(lambda d: any("waar we moeten beginnen" in node.text
                                        for node in learner.find_elements(By.CSS_SELECTOR, '[data-role="persona"]')))

    def test_a_wrong_code_is_refused_in_plain_dutch(self):
        observer = self.driver
        observer.get(self.server.url + "observe.html")
        self.visible("#code").send_keys("AAAA-BBBB")
        observer.find_element(By.CSS_SELECTOR, "#join-form button[type=submit]").click()
        error = self.visible("#error")
        self.assertIn("Deze code klopt niet", error.text)


if __name__ == "__main__":
    unittest.main()
