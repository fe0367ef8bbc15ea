import { render } from "preact";
import { App } from "./App";
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

render(<App />, document.getElementById("app")!);
