export { analyzePosting } from './analyze-posting';
export { POSTING_FINDING_KINDS } from './types';
export type {
  AnalyzePostingOptions,
  PostingAnalysis,
  PostingFinding,
  PostingFindingKind,
  PostingLocation,
} from './types';
