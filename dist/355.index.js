export const id = 355;
export const ids = [355];
export const modules = {

/***/ 355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONCURRENCY: () => (/* reexport */ report/* DEFAULT_CONCURRENCY */.WH),
  checkKeyAndModels: () => (/* binding */ checkKeyAndModels),
  mapBounded: () => (/* binding */ mapBounded),
  notChecked: () => (/* reexport */ report/* notChecked */.lb)
});

// EXTERNAL MODULE: ./src/diagnosis/api-error.ts
var api_error = __webpack_require__(878);
// EXTERNAL MODULE: ./src/diagnosis/classify.ts + 1 modules
var classify = __webpack_require__(4976);
// EXTERNAL MODULE: ./src/diagnosis/remedy-table.ts + 1 modules
var remedy_table = __webpack_require__(3046);
;// CONCATENATED MODULE: ./src/models/shutdown-catalogue.json
const shutdown_catalogue_namespaceObject = /*#__PURE__*/JSON.parse('{"Jn":{"ada":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"babbage-002","replacements":["babbage-002"]},"babbage":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"babbage-002","replacements":["babbage-002"]},"babbage-002":{"shutdownDate":"2026-09-28","announced":"2025-09-26","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"chatgpt-4o-latest":{"shutdownDate":"2026-02-17","announced":"2025-11-18","replacement":"gpt-5.1-chat-latest","replacements":["gpt-5.1-chat-latest"]},"chatgpt-image-latest":{"shutdownDate":"2026-12-01","announced":"2026-06-02","replacement":"gpt-image-2.5-sunburst or gpt-image-2.5-flare","replacements":["gpt-image-2.5-sunburst","gpt-image-2.5-flare"]},"code-cushman-001":{"shutdownDate":"2023-03-23","announced":"2023-03-20","replacement":"gpt-4o","replacements":["gpt-4o"]},"code-cushman-002":{"shutdownDate":"2023-03-23","announced":"2023-03-20","replacement":"gpt-4o","replacements":["gpt-4o"]},"code-davinci-001":{"shutdownDate":"2023-03-23","announced":"2023-03-20","replacement":"gpt-4o","replacements":["gpt-4o"]},"code-davinci-002":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"code-davinci-edit-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"code-search-ada-code-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"code-search-ada-text-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"code-search-babbage-code-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"code-search-babbage-text-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"codex-mini-latest":{"shutdownDate":"2026-02-12","announced":"2025-11-17","replacement":"gpt-5-codex-mini","replacements":["gpt-5-codex-mini"]},"computer-use-preview":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"computer-use-preview-2025-03-11":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"curie":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"davinci-002","replacements":["davinci-002"]},"dall-e-2":{"shutdownDate":"2026-05-12","announced":"2025-11-14","replacement":"gpt-image-2, gpt-image-1, or gpt-image-1-mini","replacements":["gpt-image-2","gpt-image-1","gpt-image-1-mini"]},"dall-e-3":{"shutdownDate":"2026-05-12","announced":"2025-11-14","replacement":"gpt-image-2, gpt-image-1, or gpt-image-1-mini","replacements":["gpt-image-2","gpt-image-1","gpt-image-1-mini"]},"davinci":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"davinci-002","replacements":["davinci-002"]},"davinci-002":{"shutdownDate":"2026-09-28","announced":"2025-09-26","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"ft-babbage-002":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"],"fineTunesOf":"babbage-002"},"ft-davinci-002":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"],"fineTunesOf":"davinci-002"},"ft-gpt-3.5-turbo":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"],"fineTunesOf":"gpt-3.5-turbo"},"ft-gpt-4":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"],"fineTunesOf":"gpt-4"},"ft-gpt-4.1-nano-2025-04-14":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-luna","replacements":["gpt-5.6-luna"],"fineTunesOf":"gpt-4.1-nano-2025-04-14"},"ft-o4-mini-2025-04-16":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"],"fineTunesOf":"o4-mini-2025-04-16"},"gpt-3.5-turbo":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-3.5-turbo-0125":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-3.5-turbo-0301":{"shutdownDate":"2024-09-13","announced":"2023-06-13","replacement":"gpt-3.5-turbo","replacements":["gpt-3.5-turbo"]},"gpt-3.5-turbo-0613":{"shutdownDate":"2024-09-13","announced":"2023-11-06","replacement":"gpt-3.5-turbo","replacements":["gpt-3.5-turbo"]},"gpt-3.5-turbo-1106":{"shutdownDate":"2026-09-28","announced":"2025-09-26","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-3.5-turbo-16k-0613":{"shutdownDate":"2024-09-13","announced":"2023-11-06","replacement":"gpt-3.5-turbo","replacements":["gpt-3.5-turbo"]},"gpt-3.5-turbo-completions":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-3.5-turbo-instruct":{"shutdownDate":"2026-09-28","announced":"2025-09-26","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-4":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-0125-preview":{"shutdownDate":"2026-03-26","announced":"2025-09-26","replacement":"gpt-5 or gpt-4.1*","replacements":["gpt-5","gpt-4.1"]},"gpt-4-0314":{"shutdownDate":"2026-03-26","announced":"2025-09-26","replacement":"gpt-5 or gpt-4.1*","replacements":["gpt-5","gpt-4.1"]},"gpt-4-0613":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-0613-completions":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-1106-preview":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-1106-vision-preview":{"shutdownDate":"2024-12-06","announced":"2024-06-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"gpt-4-32k":{"shutdownDate":"2025-06-06","announced":"2024-06-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"gpt-4-32k-0314":{"shutdownDate":"2025-06-06","announced":"2024-06-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"gpt-4-32k-0613":{"shutdownDate":"2025-06-06","announced":"2024-06-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"gpt-4-completions":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-turbo":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-turbo-2024-04-09":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-turbo-completions":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4-turbo-preview":{"shutdownDate":"2026-03-26","announced":"2025-09-26","replacement":"gpt-5 or gpt-4.1*","replacements":["gpt-5","gpt-4.1"]},"gpt-4-turbo-preview-completions":{"shutdownDate":"2026-03-26","announced":"2025-09-26","replacement":"gpt-5 or gpt-4.1*","replacements":["gpt-5","gpt-4.1"]},"gpt-4-vision-preview":{"shutdownDate":"2024-12-06","announced":"2024-06-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"gpt-4.1-nano":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-luna","replacements":["gpt-5.6-luna"]},"gpt-4.1-nano-2025-04-14":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-luna","replacements":["gpt-5.6-luna"]},"gpt-4.5-preview":{"shutdownDate":"2025-07-14","announced":"2025-04-14","replacement":"gpt-4.1","replacements":["gpt-4.1"]},"gpt-4o-2024-05-13":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-4o-audio":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-4o-audio-preview":{"shutdownDate":"2026-05-07","announced":"2025-09-15","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-4o-audio-preview-2024-10-01":{"shutdownDate":"2025-10-10","announced":"2025-06-10","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-4o-mini-audio":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-4o-mini-audio-preview":{"shutdownDate":"2026-05-07","announced":"2025-09-15","replacement":"gpt-audio-mini","replacements":["gpt-audio-mini"]},"gpt-4o-mini-realtime":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-realtime-2.1-mini","replacements":["gpt-realtime-2.1-mini"]},"gpt-4o-mini-realtime-preview":{"shutdownDate":"2026-05-07","announced":"2025-09-15","replacement":"gpt-realtime-mini","replacements":["gpt-realtime-mini"]},"gpt-4o-mini-search-preview-2025-03-11":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-4o-mini-transcribe":{"shutdownDate":"2027-02-26","announced":"2026-08-26","replacement":"gpt-live-transcribe or gpt-transcribe","replacements":["gpt-live-transcribe","gpt-transcribe"]},"gpt-4o-mini-transcribe-2025-03-20":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-4o-mini-transcribe-2025-12-15","replacements":["gpt-4o-mini-transcribe-2025-12-15"]},"gpt-4o-realtime":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-realtime-2.1","replacements":["gpt-realtime-2.1"]},"gpt-4o-realtime-preview":{"shutdownDate":"2026-05-07","announced":"2025-09-15","replacement":"gpt-realtime-1.5","replacements":["gpt-realtime-1.5"]},"gpt-4o-realtime-preview-2024-10-01":{"shutdownDate":"2025-10-10","announced":"2025-06-10","replacement":"gpt-realtime-1.5","replacements":["gpt-realtime-1.5"]},"gpt-4o-realtime-preview-2024-12-17":{"shutdownDate":"2026-05-07","announced":"2025-09-15","replacement":"gpt-realtime-1.5","replacements":["gpt-realtime-1.5"]},"gpt-4o-realtime-preview-2025-06-03":{"shutdownDate":"2026-05-07","announced":"2025-09-15","replacement":"gpt-realtime-1.5","replacements":["gpt-realtime-1.5"]},"gpt-4o-search-preview-2025-03-11":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-4o-transcribe":{"shutdownDate":"2027-02-26","announced":"2026-08-26","replacement":"gpt-live-transcribe or gpt-transcribe","replacements":["gpt-live-transcribe","gpt-transcribe"]},"gpt-4o-transcribe-diarize":{"shutdownDate":"2027-02-26","announced":"2026-08-26","replacement":"gpt-live-transcribe or gpt-transcribe","replacements":["gpt-live-transcribe","gpt-transcribe"]},"gpt-5-2025-08-07":{"shutdownDate":"2026-12-11","announced":"2026-06-11","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5-chat-latest":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5-codex":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5-mini-2025-08-07":{"shutdownDate":"2026-12-11","announced":"2026-06-11","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-5-nano-2025-08-07":{"shutdownDate":"2026-12-11","announced":"2026-06-11","replacement":"gpt-5.6-luna","replacements":["gpt-5.6-luna"]},"gpt-5-pro-2025-10-06":{"shutdownDate":"2026-12-11","announced":"2026-06-11","replacement":"gpt-5.6-sol (reasoning.mode: pro)","replacements":["gpt-5.6-sol"]},"gpt-5.1-chat-latest":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5.1-codex":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5.1-codex-max":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5.1-codex-mini":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"gpt-5.2-chat-latest":{"shutdownDate":"2026-08-10","announced":"2026-05-08","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5.2-codex":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5.3-chat-latest":{"shutdownDate":"2026-08-10","announced":"2026-05-08","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"gpt-5.4-cyber":{"shutdownDate":"2026-10-01","announced":"2026-09-11","replacement":"most capable cyber model available to you","replacements":[]},"gpt-audio":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-audio-mini":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-audio-mini-2025-10-06":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-audio-1.5","replacements":["gpt-audio-1.5"]},"gpt-image-1":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-image-2.5-sunburst or gpt-image-2.5-flare","replacements":["gpt-image-2.5-sunburst","gpt-image-2.5-flare"]},"gpt-image-1-mini":{"shutdownDate":"2026-12-01","announced":"2026-06-02","replacement":"gpt-image-2.5-sunburst or gpt-image-2.5-flare","replacements":["gpt-image-2.5-sunburst","gpt-image-2.5-flare"]},"gpt-image-1.5":{"shutdownDate":"2026-12-01","announced":"2026-06-02","replacement":"gpt-image-2.5-sunburst or gpt-image-2.5-flare","replacements":["gpt-image-2.5-sunburst","gpt-image-2.5-flare"]},"gpt-realtime":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-realtime-2.1","replacements":["gpt-realtime-2.1"]},"gpt-realtime-mini":{"shutdownDate":"2027-01-20","announced":"2026-07-20","replacement":"gpt-realtime-2.1-mini","replacements":["gpt-realtime-2.1-mini"]},"gpt-realtime-mini-2025-10-06":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-realtime-2.1-mini","replacements":["gpt-realtime-2.1-mini"]},"o1":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o1-2024-12-17":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o1-mini":{"shutdownDate":"2025-10-27","announced":"2025-04-28","replacement":"o4-mini","replacements":["o4-mini"]},"o1-preview":{"shutdownDate":"2025-07-28","announced":"2025-04-28","replacement":"o3","replacements":["o3"]},"o1-pro":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol (reasoning.mode: pro)","replacements":["gpt-5.6-sol"]},"o1-pro-2025-03-19":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol (reasoning.mode: pro)","replacements":["gpt-5.6-sol"]},"o3-2025-04-16":{"shutdownDate":"2026-12-11","announced":"2026-06-11","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o3-deep-research":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o3-deep-research-2025-06-26":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o3-mini":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o3-mini-2025-01-31":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o3-pro-2025-06-10":{"shutdownDate":"2026-12-11","announced":"2026-06-11","replacement":"gpt-5.6-sol (reasoning.mode: pro)","replacements":["gpt-5.6-sol"]},"o4-mini":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"o4-mini-2025-04-16":{"shutdownDate":"2026-10-23","announced":"2026-04-22","replacement":"gpt-5.6-terra","replacements":["gpt-5.6-terra"]},"o4-mini-deep-research":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"o4-mini-deep-research-2025-06-26":{"shutdownDate":"2026-07-23","announced":"2026-04-22","replacement":"gpt-5.6-sol","replacements":["gpt-5.6-sol"]},"sora-2":{"shutdownDate":"2026-09-24","announced":"2026-03-24","replacement":null,"replacements":[]},"sora-2-2025-10-06":{"shutdownDate":"2026-09-24","announced":"2026-03-24","replacement":null,"replacements":[]},"sora-2-2025-12-08":{"shutdownDate":"2026-09-24","announced":"2026-03-24","replacement":null,"replacements":[]},"sora-2-pro":{"shutdownDate":"2026-09-24","announced":"2026-03-24","replacement":null,"replacements":[]},"sora-2-pro-2025-10-06":{"shutdownDate":"2026-09-24","announced":"2026-03-24","replacement":null,"replacements":[]},"text-ada-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"text-babbage-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"text-curie-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"text-davinci-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"text-davinci-002":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"text-davinci-003":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-3.5-turbo-instruct","replacements":["gpt-3.5-turbo-instruct"]},"text-davinci-edit-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"gpt-4o","replacements":["gpt-4o"]},"text-moderation-007":{"shutdownDate":"2025-10-27","announced":"2025-04-28","replacement":"omni-moderation","replacements":["omni-moderation-latest"]},"text-moderation-latest":{"shutdownDate":"2025-10-27","announced":"2025-04-28","replacement":"omni-moderation","replacements":["omni-moderation-latest"]},"text-moderation-stable":{"shutdownDate":"2025-10-27","announced":"2025-04-28","replacement":"omni-moderation","replacements":["omni-moderation-latest"]},"text-search-ada-doc-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-ada-query-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-babbage-doc-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-babbage-query-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-curie-doc-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-curie-query-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-davinci-doc-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-search-davinci-query-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-similarity-ada-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-similarity-babbage-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-similarity-curie-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"text-similarity-davinci-001":{"shutdownDate":"2024-01-04","announced":"2023-07-06","replacement":"text-embedding-3-small","replacements":["text-embedding-3-small"]},"whisper-1":{"shutdownDate":"2027-02-26","announced":"2026-08-26","replacement":"gpt-live-transcribe or gpt-transcribe","replacements":["gpt-live-transcribe","gpt-transcribe"]}}}');
;// CONCATENATED MODULE: ./src/models/catalogue.ts
/**
 * The shutdown catalogue: OpenAI's announced shutdowns with their replacements, as data
 * (`shutdown-catalogue.json`, generated by `scripts/build-catalog.mjs` from `data/openai-deprecations.json`).
 * Read by the diagnosis (`src/diagnosis/shutdowns.ts`) and held together with the family table by
 * `__tests__/models/consistency.test.ts`: every id and replacement it names is an id the scanner recognises.
 */

const SHUTDOWN_CATALOGUE = shutdown_catalogue_namespaceObject.Jn;

;// CONCATENATED MODULE: ./src/diagnosis/shutdowns.ts
/** The retired-model catalogue: announced shutdowns and replacements, from the OpenAI deprecations page. */

function lookupShutdown(id) {
    const entry = Object.hasOwn(SHUTDOWN_CATALOGUE, id) ? SHUTDOWN_CATALOGUE[id] : Object.hasOwn(SHUTDOWN_CATALOGUE, id.toLowerCase()) ? SHUTDOWN_CATALOGUE[id.toLowerCase()] : undefined;
    return entry ? { shutdownDate: entry.shutdownDate, replacement: entry.replacement } : null;
}
/**
 * The replacement to recommend for a model shut down by `today`: follows the chain while a replacement is
 * itself shut down (davinci → davinci-002 → gpt-5.6-terra).
 */
function currentReplacement(id, today) {
    let replacement = lookupShutdown(id)?.replacement ?? null;
    const seen = new Set([id]);
    while (replacement && !seen.has(replacement)) {
        seen.add(replacement);
        const next = lookupShutdown(replacement);
        if (!next || next.shutdownDate > today || !next.replacement)
            break;
        replacement = next.replacement;
    }
    return replacement;
}

// EXTERNAL MODULE: ./src/checks/probe-plan.ts
var probe_plan = __webpack_require__(1287);
// EXTERNAL MODULE: ./src/diagnosis/remedies.ts
var remedies = __webpack_require__(1625);
;// CONCATENATED MODULE: ./src/providers/openai.ts
/** OpenAI's API (and OpenAI-compatible servers): the profile the checks were first written for. */



const OPENAI_PROFILE = {
    id: 'openai',
    listsCheckedIds: true,
    usesShutdownCatalogue: true,
    classify: classify/* classifyFailure */.XE,
    remedies: remedies/* remediesFor */.gb,
    planProbe: probe_plan/* planProbe */.Yl,
    adaptProbe: probe_plan/* adaptProbe */.BX,
    describeListed: (count) => `The key authenticated; it can see ${count} model${count === 1 ? '' : 's'}.`,
    listWarning: (scopes) => ({ id: 'missing-scope/list-models', slots: { scopes: scopes.join(', ') } }),
    describeSuccess: (source, probe) => {
        const seen = source === 'listed' ? 'Listed for this key' : source === 'retrieved' ? 'Found with GET /models/{id}' : 'Not listable with this key';
        if (!probe)
            return `${seen}.`;
        if (!probe.endpoint)
            return `${seen}; not probed: ${probe.skippedBecause}.`;
        return `${seen}; a real request to ${probe.endpoint} succeeded.`;
    }
};

// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
;// CONCATENATED MODULE: ./src/checks/rate-limits.ts
const num = (value) => {
    if (value === undefined || value.trim() === '')
        return null;
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
};
function readRateLimits(headers) {
    const limits = {
        limitRequests: num(headers['x-ratelimit-limit-requests']),
        remainingRequests: num(headers['x-ratelimit-remaining-requests']),
        resetRequests: headers['x-ratelimit-reset-requests'] ?? null,
        limitTokens: num(headers['x-ratelimit-limit-tokens']),
        remainingTokens: num(headers['x-ratelimit-remaining-tokens']),
        resetTokens: headers['x-ratelimit-reset-tokens'] ?? null
    };
    return Object.values(limits).some((v) => v !== null) ? limits : null;
}

;// CONCATENATED MODULE: ./src/checks/suggest.ts
/**
 * Closest listed model ids to a mistyped one (`gpt4o` → `gpt-4o`). Pure.
 *
 * Bounded, because the listed ids come from the server: ids much longer than any model id are skipped, an id
 * whose length alone puts it beyond the cut-off is never compared, the edit distance stops as soon as it
 * must exceed the cut-off (two rows, not a matrix), and the search stops when the deadline has passed.
 */
/** Listed ids longer than this are not model ids anyone types (OpenAI's are under 60 characters). */
const MAX_ID_LENGTH = 256;
/** How often (in listed ids) the deadline is looked at. */
const DEADLINE_EVERY = 64;
/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions), or `max + 1` as soon as it
 * is known to exceed `max`. O(len(a) × len(b)) at worst, usually far less; three rows of memory.
 */
function boundedDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let before = new Array(b.length + 1).fill(0); // row i - 2
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j); // row i - 1
    let current = new Array(b.length + 1).fill(0);
    let previousMin = 0;
    for (let i = 1; i <= a.length; i++) {
        current[0] = i;
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, before[j - 2] + 1);
            current[j] = d;
            if (d < rowMin)
                rowMin = d;
        }
        // Every later cell is at least the smallest of this row (or of the row before, via a transposition).
        if (rowMin > max && previousMin >= max)
            return max + 1;
        previousMin = rowMin;
        [before, previous, current] = [previous, current, before];
    }
    return previous[b.length] > max ? max + 1 : previous[b.length];
}
const squash = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
function suggestModels(wanted, available, max = 3, options = {}) {
    const target = wanted.toLowerCase();
    const squashedTarget = squash(wanted);
    const limit = Math.max(2, Math.floor(target.length / 3));
    const scored = [];
    for (let n = 0; n < available.length; n++) {
        if (n % DEADLINE_EVERY === 0 && options.expired?.())
            break;
        const id = available[n];
        if (id === wanted || id.length > MAX_ID_LENGTH)
            continue;
        const lower = id.toLowerCase();
        let score;
        if (lower === target || squash(id) === squashedTarget)
            score = 0;
        else {
            score = boundedDistance(target, lower, limit);
            if (score > limit) {
                // `gpt-4o-mini-2024` typed for a dated snapshot: suggest ids that begin with it.
                if (lower.startsWith(target) && target.length >= 5)
                    score = limit + 0.5;
                else
                    continue;
            }
        }
        scored.push({ id, score });
    }
    return scored
        .sort((x, y) => x.score - y.score || x.id.length - y.id.length || x.id.localeCompare(y.id))
        .slice(0, max)
        .map((s) => s.id);
}

;// CONCATENATED MODULE: ./src/checks/key-and-models.ts









const MAX_ADAPTATIONS = 2;
/**
 * Answers that say the same about every request of this key: once one has arrived, probes not yet sent are not sent
 * (a dead key with 50 models costs the requests already in flight, not 51).
 */
const ACCOUNT_WIDE = new Set(['invalid-key', 'missing-key', 'organization-mismatch', 'no-organization', 'account-inactive']);
/** The checks' shared context: the settings' facts, and the service's profile (diagnosis, list meaning, probes) with them. */
class Context {
    options;
    /** What differs between services (OpenAI, Azure) is data on the API, not branches here. */
    profile;
    constructor(options) {
        this.options = options;
        this.profile = options.api.profile ?? OPENAI_PROFILE;
    }
    get remedy() {
        const { settings, proxy } = this.options;
        return {
            baseUrl: settings.baseUrl,
            organization: settings.organization,
            project: settings.project,
            timeoutSeconds: Math.round(settings.timeoutMs / 1000),
            proxy: proxy ?? false
        };
    }
    /** The remedies for a model's category, and the hints they render to: spread into a diagnosis. */
    remedies(category, model, extra = {}) {
        return (0,remedy_table/* withRemedies */.Nq)(this.profile.remedies(category, { ...this.remedy, scope: 'model', model, ...extra }));
    }
    classify(outcome, ctx) {
        const diagnosis = this.profile.classify(outcome.failure, { ...this.remedy, ...ctx });
        return outcome.attempts > 1 ? { ...diagnosis, message: `${diagnosis.message} (after ${outcome.attempts} attempts)` } : diagnosis;
    }
}
/** Runs `task` over `items` with at most `limit` in flight; keeps the order of `items`. */
async function mapBounded(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}
async function checkKeyAndModels(options) {
    const { settings, api } = options;
    const ctx = new Context(options);
    const wanted = [...settings.models.map((id) => ({ id, required: true })), ...settings.optionalModels.map((id) => ({ id, required: false }))];
    const limit = (options.concurrency ?? report/* DEFAULT_CONCURRENCY */.WH) - 1; // one slot is the list's
    let accountFailed = false;
    // The list and the first probes leave together; each model is judged as soon as its probe and the list have met.
    const listing = api.listModels().then((list) => {
        const auth = authenticate(list, ctx);
        if (auth.status === 'fail')
            accountFailed = true;
        options.onAuth?.(auth);
        const listed = list.ok && ctx.profile.listsCheckedIds ? new Map(list.data.map((m) => [m.id, m])) : null;
        return { auth, listed };
    });
    const judge = async (model) => {
        const probed = settings.probe !== 'request' ? null : accountFailed ? 'not sent' : await probe(model.id, api, ctx);
        if (probed && probed !== 'not sent' && probed.failure && ACCOUNT_WIDE.has(probed.failure.category))
            accountFailed = true;
        const { auth, listed } = await listing;
        // Nothing can be learnt about a model while the key, the account or the connection fails.
        if (auth.status === 'fail')
            return (0,report/* notChecked */.lb)(model.id, model.required, `Not checked: GET /models failed (${auth.category}).`);
        if (probed === 'not sent')
            return (0,report/* notChecked */.lb)(model.id, model.required, 'Not checked: another request showed that every request of this key fails the same way.');
        const result = await assess(model, probed, listed, api, ctx);
        options.onModel?.(result);
        return result;
    };
    const [models, { auth }] = await Promise.all([mapBounded(wanted, limit, judge), listing]);
    return { auth, models };
}
/** Step 1, authenticate: the list's answer says whether the key works. A restricted key that may not list models passes with a warning. */
function authenticate(list, ctx) {
    if (list.ok) {
        return {
            status: 'pass',
            category: 'ok',
            message: ctx.profile.describeListed(list.data.length),
            hints: [],
            requestId: list.answer.requestId,
            httpStatus: list.answer.status,
            listedModels: list.data.length,
            latencyMs: list.latencyMs
        };
    }
    const diagnosis = ctx.classify(list, { scope: 'auth', request: 'GET /models' });
    if (diagnosis.category !== 'missing-scope')
        return { ...diagnosis, status: 'fail', listedModels: null, latencyMs: list.latencyMs };
    const scopeList = (0,classify/* missingScopes */["if"])(diagnosis.message);
    const scopes = scopeList.join(', ');
    return {
        ...diagnosis,
        status: 'warn',
        message: `The key may not list models${scopes ? ` (it lacks the \`${scopes}\` scope)` : ''}, so each model was checked with its own request instead.`,
        ...(0,remedy_table/* withRemedies */.Nq)([ctx.profile.listWarning(scopeList)]),
        listedModels: null,
        latencyMs: list.latencyMs
    };
}
/** One model: its look-up, lifecycle and probe, judged together. */
async function assess({ id, required }, probed, listed, api, ctx) {
    const { settings, today } = ctx.options;
    const found = await lookUp(id, listed, probed, api, ctx);
    const latencyMs = probed ? probed.latencyMs + (found.latencyMs ?? 0) : found.latencyMs;
    const facts = { info: found.info, source: found.source, probe: probed?.probe ?? null, latencyMs };
    if (found.failure)
        return modelResult(id, required, refine(found.failure, id, listed, ctx), { ...facts, probe: null, latencyMs: found.latencyMs });
    const shutdownDate = found.info?.shutdown_date ?? null;
    const replacement = shutdownDate ? currentReplacement(id, today) : null;
    if (shutdownDate && shutdownDate <= today) {
        const retired = { category: 'model-retired', message: `The API lists \`${id}\` with shutdown date ${shutdownDate}, which has passed.` };
        return modelResult(id, required, { ...retired, ...ctx.remedies('model-retired', id, { replacement }), requestId: found.requestId }, { ...facts, replacement });
    }
    if (probed?.failure) {
        // Listed, yet the request says "not found": the key sees the model but may not use it.
        const failure = probed.failure.category === 'model-not-found' && found.source
            ? { ...probed.failure, category: 'model-no-access', ...ctx.remedies('model-no-access', id) }
            : refine(probed.failure, id, listed, ctx);
        return modelResult(id, required, failure, facts);
    }
    const requestId = probed?.requestId ?? found.requestId;
    const message = ctx.profile.describeSuccess(found.source, probed?.probe ?? null);
    if (shutdownDate && settings.deprecation !== 'ignore') {
        const deprecated = {
            category: 'model-deprecated',
            message: `${message} OpenAI will shut \`${id}\` down on ${shutdownDate}.`,
            ...ctx.remedies('model-deprecated', id, { shutdownDate, replacement }),
            requestId
        };
        return modelResult(id, required, deprecated, { ...facts, replacement }, settings.deprecation);
    }
    return modelResult(id, required, { category: 'ok', message, hints: [], requestId }, facts);
}
/**
 * Step 2, look up: a listed model is known. Otherwise `GET /models/{id}` is asked only where an answer needs it: in
 * `list` mode, or for the metadata of a model whose probe succeeded (or that has no probe). A failed probe's own answer
 * is more precise than a look-up, so it is not followed by one.
 */
async function lookUp(id, listed, probed, api, ctx) {
    const info = listed?.get(id);
    if (info)
        return { info, source: 'listed', requestId: null, latencyMs: null, failure: null };
    const none = { info: null, source: null, requestId: null, latencyMs: null, failure: null };
    const probing = ctx.options.settings.probe === 'request';
    if (probing && (listed === null || probed?.failure))
        return none;
    const retrieved = await api.retrieveModel(id);
    if (retrieved.ok)
        return { info: retrieved.data, source: 'retrieved', requestId: retrieved.answer.requestId, latencyMs: retrieved.latencyMs, failure: null };
    const failure = ctx.classify(retrieved, { scope: 'model', request: `GET /models/${id}`, model: id });
    // A restricted key that may not read models can still be probed: its probe decides.
    if (failure.category === 'missing-scope' && probing)
        return none;
    return { ...none, latencyMs: retrieved.latencyMs, failure };
}
/** Step 4, probe: the cheapest real request for the model's family, adapted at most twice when the API says the shape is wrong. */
async function probe(id, api, ctx) {
    let plan = ctx.profile.planProbe(id);
    const adapted = [];
    let latencyMs = 0;
    let requestId = null;
    for (;;) {
        // No request for this family, at first or after an answer that named what the id serves (Azure deployments).
        if (!plan.endpoint) {
            const served = plan.servedModel ? { model: plan.servedModel } : {};
            const probe = { endpoint: null, skippedBecause: plan.skippedBecause ?? null, ...(adapted.length ? { adapted } : {}), ...served };
            return { probe, requestId, latencyMs, failure: null };
        }
        const endpoint = plan.endpoint;
        const outcome = await api.post(endpoint, plan.body);
        latencyMs += outcome.latencyMs;
        if (outcome.ok) {
            const model = readServedModel(outcome.data);
            const probe = { endpoint, rateLimits: readRateLimits(outcome.answer.headers), usage: readUsage(outcome.data), adapted, ...(model ? { model } : {}) };
            return { probe, requestId: outcome.answer.requestId, latencyMs, failure: null };
        }
        if (outcome.failure.kind === 'http')
            requestId = outcome.failure.answer.requestId;
        const next = outcome.failure.kind === 'http' && adapted.length < MAX_ADAPTATIONS ? ctx.profile.adaptProbe(plan, (0,api_error/* readErrorFields */.Sc)(outcome.failure.answer)) : null;
        if (next) {
            adapted.push(next.change);
            plan = next.plan;
            continue;
        }
        const failure = ctx.classify(outcome, { scope: 'probe', request: `POST ${endpoint}`, model: id });
        const rateLimits = outcome.failure.kind === 'http' ? readRateLimits(outcome.failure.answer.headers) : null;
        return { probe: { endpoint, rateLimits, usage: null, adapted }, requestId: failure.requestId, latencyMs, failure };
    }
}
/** Step 3, lifecycle, for a model the API does not serve: a retired model (catalogue) names its replacement; a typo gets suggestions. */
function refine(diagnosis, id, listed, ctx) {
    if (diagnosis.category !== 'model-not-found' && diagnosis.category !== 'model-retired')
        return diagnosis;
    const today = ctx.options.today;
    const shutdown = ctx.profile.usesShutdownCatalogue ? lookupShutdown(id) : null;
    if (shutdown && shutdown.shutdownDate <= today) {
        const said = diagnosis.httpStatus
            ? `the API answers HTTP ${diagnosis.httpStatus}${diagnosis.errorCode ? ` ${diagnosis.errorCode}` : ''}`
            : 'the API no longer serves it';
        const replacement = currentReplacement(id, today);
        return {
            ...diagnosis,
            category: 'model-retired',
            message: `\`${id}\` was shut down on ${shutdown.shutdownDate}; ${said}.`,
            ...ctx.remedies('model-retired', id, { replacement })
        };
    }
    if (diagnosis.category === 'model-retired')
        return { ...diagnosis, ...ctx.remedies('model-retired', id, { replacement: currentReplacement(id, today) }) };
    const suggestions = suggestModels(id, listed ? [...listed.keys()] : [], 3, { expired: ctx.options.expired });
    return { ...diagnosis, ...ctx.remedies('model-not-found', id, { suggestions }), suggestions };
}
/** The model an answer says served the request (`gpt-4o-mini-2024-07-18`), when it names one. */
function readServedModel(data) {
    const model = data?.model;
    return typeof model === 'string' && /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/.test(model) ? model : null;
}
function readUsage(data) {
    const usage = data?.usage;
    if (!usage || typeof usage !== 'object')
        return null;
    const n = (v) => (typeof v === 'number' ? v : null);
    return { inputTokens: n(usage.prompt_tokens ?? usage.input_tokens), outputTokens: n(usage.completion_tokens ?? usage.output_tokens) };
}
function modelResult(id, required, diagnosis, facts, deprecation = 'warn') {
    const { suggestions = [], ...rest } = diagnosis;
    return {
        id,
        required,
        status: (0,report/* statusOf */.c2)(diagnosis.category, required, deprecation),
        ...rest,
        shutdownDate: facts.info?.shutdown_date ?? null,
        replacement: facts.replacement ?? null,
        suggestions,
        latencyMs: facts.source === 'listed' && !facts.probe?.endpoint ? null : facts.latencyMs,
        source: facts.source,
        probe: facts.probe
    };
}


/***/ })

};
