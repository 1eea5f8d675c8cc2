/**
 * Which components render on each React commit, for `trace-warm.ts --components`: a stand-in for
 * React DevTools' global hook (React calls it on every commit, production builds included), put in
 * the page before the app starts. For each commit it records when it ended and, per component,
 * whether it rendered and (in React's profiling build, `scripts/bench/vite-profile.config.ts`) its
 * render time: the component's own work plus that of the host elements it renders, without its
 * child components'. A component counts as rendered when React called it in that render (DevTools'
 * rule: mounted, or flagged `PerformedWork`); subtrees React did not visit are skipped.
 *
 * A string, not a function: the page gets it verbatim (tsx would wrap a function in helpers the
 * page does not have).
 */
export const COMMIT_RECORDER = `(() => {
  const commits = [];
  globalThis.__reactCommits = commits;
  const COMPONENT = new Set([0, 1, 11, 14, 15]);
  const nameOf = (fiber) => {
    const type = fiber.tag === 14 ? fiber.type && fiber.type.type : fiber.type;
    if (!type) return 'Anonymous';
    if (fiber.tag === 11 || (type.render && !type.name)) return type.displayName || (type.render && type.render.name) || 'ForwardRef';
    return type.displayName || type.name || 'Anonymous';
  };
  const visitedChildren = (fiber) => fiber.alternate === null || fiber.alternate.child !== fiber.child;
  let ids = 0;
  globalThis.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(internals) { ids += 1; this.renderers.set(ids, internals); return ids; },
    onCommitFiberRoot(_id, root) {
      const rendered = {};
      const add = (name, ms, count) => {
        const entry = rendered[name] || (rendered[name] = { count: 0, ms: 0 });
        entry.count += count;
        entry.ms += ms;
      };
      // [fiber, the component its host work is charged to]
      const stack = [];
      const top = root.current;
      if (visitedChildren(top)) for (let c = top.child; c; c = c.sibling) stack.push([c, 'Root']);
      while (stack.length > 0) {
        const [fiber, owner] = stack.pop();
        const component = COMPONENT.has(fiber.tag);
        const didRender = fiber.alternate === null || (fiber.flags & 1) === 1;
        const charged = component && didRender ? nameOf(fiber) : owner;
        const children = visitedChildren(fiber);
        let self = typeof fiber.actualDuration === 'number' ? fiber.actualDuration : 0;
        if (children) for (let c = fiber.child; c; c = c.sibling) self -= c.actualDuration || 0;
        if (component && didRender) add(charged, Math.max(0, self), 1);
        else if (!component) add(owner, Math.max(0, self), 0);
        if (children) for (let c = fiber.child; c; c = c.sibling) stack.push([c, charged]);
      }
      commits.push({ at: performance.now(), rendered });
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    setStrictMode() {},
    checkDCE() {},
  };
})();`;

export type CommitRecord = {
  at: number;
  rendered: Record<string, { count: number; ms: number }>;
};
