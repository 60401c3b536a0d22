export default defineBackground(() => {
  // The service worker has nothing to do until the context menu is added.
});
