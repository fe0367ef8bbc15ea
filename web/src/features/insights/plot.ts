/** uPlot and its stylesheet, as one chunk that Chart loads after the page's first paint. */
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export default uPlot;
