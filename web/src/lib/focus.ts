/** Focuses the element with this id once the render under way has put it on the page. */
export const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
