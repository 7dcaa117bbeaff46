import { HEIGHT_KEY } from "./embedCode";

/**
 * In a frame, the embed page posts its height to the parent whenever it changes (a widget
 * grows once enhanced, a panel opens). The height is not secret, so any parent may read it;
 * the parent's script checks that it comes from our origin and from its own frame.
 */
if (window.parent !== window) {
  let posted = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    window.parent.postMessage({ [HEIGHT_KEY]: height }, "*");
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
