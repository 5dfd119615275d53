/**
 * What a benchmark page watches while a room opens, and the work it did to get there.
 *
 * The open counts as done ("rendered") in the first animation frame in which the view is on the
 * expected stage, every shape of that stage has its `.tl-shape` element, and every element tldraw
 * shows (not culled with `display: none`) has its content drawn — so shapes in view are really on
 * screen, while shapes outside it may wait until someone scrolls to them. "painted" is the next
 * frame (that one has been drawn by then, and the main thread was free to handle input).
 *
 * Work, counted in the page up to "painted": DOM text measurements (tldraw measures text in a
 * `.tl-text-measure` element, one `getBoundingClientRect` per measurement), long tasks (> 50 ms)
 * and how many shapes had their content drawn. Work that does not depend on the machine's load
 * the way wall time does, for comparing changes on a busy machine.
 */
export interface OpenExpectation {
  stage: string;
  shapes: number;
  records: number;
}

export interface OpenWatch {
  canvas?: number;
  canvasSeen?: boolean;
  rendered?: number;
  painted?: number;
  textMeasures: number;
  longTasks: number;
  longTaskMs: number;
  longestTaskMs: number;
  shapesDrawn?: number;
}

declare global {
  interface Window {
    __cocreateOpen?: OpenWatch;
  }
}

/**
 * Runs in the page before its scripts. A string, not a function: tsx would wrap nested
 * functions in a helper the page does not have.
 */
export function openWatchScript(expected: OpenExpectation): string {
  return `(() => {
    const expected = ${JSON.stringify(expected)};
    const seen = { textMeasures: 0, longTasks: 0, longTaskMs: 0, longestTaskMs: 0 };
    window.__cocreateOpen = seen;
    const measure = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function () {
      if (seen.painted === undefined && this.classList.contains("tl-text-measure")) seen.textMeasures++;
      return measure.call(this);
    };
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) {
        if (seen.painted !== undefined && task.startTime > seen.painted) continue;
        seen.longTasks++;
        seen.longTaskMs += task.duration;
        seen.longestTaskMs = Math.max(seen.longestTaskMs, task.duration);
      }
    }).observe({ type: "longtask", buffered: true });
    const allDrawn = (elements) => {
      let drawn = 0;
      for (const element of elements) {
        if (element.childElementCount > 0) drawn++;
        else if (element.style.display !== "none") return -1;
      }
      return drawn;
    };
    const tick = () => {
      const now = performance.now();
      if (seen.rendered !== undefined) {
        seen.painted = now;
        return;
      }
      if (seen.canvasSeen && seen.canvas === undefined) seen.canvas = now;
      if (!seen.canvasSeen && document.querySelector(".tl-canvas")) seen.canvasSeen = true;
      if (window.__cocreateDebug && window.__cocreateDebug.getCurrentStage() === expected.stage) {
        const elements = document.querySelectorAll(".tl-shape:not(.tl-shape-background)");
        if (elements.length >= expected.shapes) {
          const drawn = allDrawn(elements);
          if (drawn > 0) {
            seen.rendered = now;
            seen.shapesDrawn = drawn;
          }
        }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;
}
