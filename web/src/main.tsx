import { render } from "preact";
import { App } from "./App";
import { chooseLanguage, switchLanguage } from "./lib/i18n";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/components.css";
import "./styles/buttons.css";
import "./styles/feedback.css";
import "./styles/choose.css";
import "./styles/mentoring.css";
import "./styles/matching.css";
import "./styles/roulette.css";
import "./styles/events.css";
import "./styles/admin.css";
import "./styles/privacy.css";

// The first screen waits for its words (a catalog other than English loads on demand); without them, English.
void switchLanguage(chooseLanguage(null))
  .catch(() => undefined)
  .finally(() => render(<App />, document.getElementById("app")!));
