/**
 * A QR code of a link, drawn as one SVG path from the `qrcode-generator` package's modules (no HTML
 * strings), so phones in the room can open the link from the projector.
 */
import qrcode from "qrcode-generator";

export function QrCode({ text, label }: { text: string; label: string }) {
  const qr = qrcode(0, "M");
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  let d = "";
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
  return (
    <svg class="ev-qr" viewBox={`0 0 ${n + 8} ${n + 8}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={n + 8} height={n + 8} style={{ fill: "var(--qr-light)" }} />
      <path d={d} style={{ fill: "var(--qr-dark)" }} />
    </svg>
  );
}
