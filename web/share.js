// Placeholder until the embed helper's share.js lands: it builds iframe and oEmbed links from the state.
export function initShare(state) {}
