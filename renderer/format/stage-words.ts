// The sentences are shared with the frozen decision evidence and the printed summary.
export { audienceWords, criterionWords, durationWords } from '../../shared/report/stage-words';
