import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { plural } from '../../format/numbers';
import { selectGateContrasts, selectThresholdMeasurements, selectThresholdsWithoutReason, selectThresholdTally } from '../../store/thresholds-selectors';
import { useAppStore } from '../../store/useAppStore';
import { AddThresholdBar } from './AddThresholdBar';
import { ThresholdRow } from './ThresholdRow';

/** Quality thresholds: what "good enough" means, why, and whether it is met. */
export function ThresholdsScreen() {
  const thresholds = useAppStore(selectThresholdMeasurements);
  const tally = useAppStore(selectThresholdTally);
  const contrasts = useAppStore(selectGateContrasts);
  const withoutReason = useAppStore(selectThresholdsWithoutReason);

  return (
    <div className="page">
      <div className="toolbar">
        <p className="tally" aria-label="Threshold status">
          <span className="badge badge-success">
            <Icon name="check-circle" size={12} />
            {tally.met} met
          </span>
          <span className="badge badge-danger">
            <Icon name="x-circle" size={12} />
            {tally.notMet} not met
          </span>
          {tally.notEnoughData > 0 && (
            <span className="badge badge-warning">
              <Icon name="alert" size={12} />
              {tally.notEnoughData} not enough data
            </span>
          )}
          <span className="badge badge-neutral">
            <Icon name="minus-circle" size={12} />
            {tally.notMeasured} not measured
          </span>
        </p>
        <AddThresholdBar />
      </div>
      {withoutReason > 0 && (
        <p className="callout callout-warning" role="status">
          <Icon name="alert" />
          <span>
            {plural(withoutReason, 'threshold')} {withoutReason === 1 ? 'has' : 'have'} no reason yet. A threshold nobody can
            justify is not evidence: write why each target was chosen.
          </span>
        </p>
      )}
      {thresholds.length === 0 ? (
        <EmptyState icon="check-circle" title="No thresholds yet">
          <p>Add the quality bars this system must clear, such as accuracy above 90% or response time below 3 s.</p>
        </EmptyState>
      ) : (
        <ul className="threshold-list" aria-label="Thresholds">
          {thresholds.map((measurement, index) => (
            <li key={measurement.threshold.id}>
              <ThresholdRow measurement={measurement} gateContrast={contrasts[index] ?? null} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
