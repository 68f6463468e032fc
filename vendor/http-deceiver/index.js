// Stand-in for http-deceiver 1.2.7 (abandoned since 2016). The real one reads
// process.binding('http_parser') when it is loaded: a deprecation warning on Node 20 and a crash on
// Node 24, where that binding is gone (restify/node-restify#1984, spdy-http2/http-deceiver#10).
// restify 11 loads spdy, and spdy loads this module, even when restify's HTTP/2-over-spdy option is
// off, as it always is in this bot; nothing then calls it. Should anything ever call it, it fails
// with a clear message rather than misbehaving. package.json "overrides" puts it in place.
/* global module */
'use strict';

function Deceiver() {
  throw new Error('http-deceiver is not available: restify spdy support is not used by this bot');
}
Deceiver.create = function create() {
  return new Deceiver();
};

module.exports = Deceiver;
