/** The projector's two switches: fullscreen (Fullscreen API) and a chime at each change (Web Audio). */
import { useEffect, useRef, useState } from "preact/hooks";
import { useT } from "./i18n";

export function FullscreenButton() {
  const [full, setFull] = useState(!!document.fullscreenElement);
  const { t } = useT();
  useEffect(() => {
    const seen = () => setFull(!!document.fullscreenElement);
    document.addEventListener("fullscreenchange", seen);
    return () => document.removeEventListener("fullscreenchange", seen);
  }, []);
  if (!document.fullscreenEnabled) return null;
  const toggle = () =>
    (full ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined);
  return (
    <button type="button" class="secondary" onClick={toggle}>
      {full ? t("events.projector.leaveFullScreen") : t("events.projector.fullScreen")}
    </button>
  );
}

/** A short beep; written by hand since it is one oscillator, not worth a sound library. */
function beep(ctx: AudioContext) {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.frequency.value = 880;
  gain.gain.setValueAtTime(0.2, ctx.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.6);
  osc.connect(gain).connect(ctx.destination);
  osc.start();
  osc.stop(ctx.currentTime + 0.6);
}

/** Off by default; once switched on (a click, which browsers require for sound) it beeps when `moment` changes. */
export function useChime(moment: string) {
  const ctx = useRef<AudioContext | null>(null);
  const [on, setOn] = useState(false);
  const last = useRef(moment);
  useEffect(() => {
    if (moment !== last.current && on && ctx.current) beep(ctx.current);
    last.current = moment;
  }, [moment, on]);
  const toggle = () => {
    if (!on && typeof AudioContext !== "undefined") {
      ctx.current ??= new AudioContext();
      void ctx.current.resume();
    }
    setOn(!on);
  };
  return { on, toggle };
}

export function ChimeToggle({ chime }: { chime: ReturnType<typeof useChime> }) {
  const { t } = useT();
  return (
    <button type="button" class="secondary" aria-pressed={chime.on} onClick={chime.toggle}>
      {t("events.projector.chime", { on: chime.on ? "yes" : "no" })}
    </button>
  );
}
