import { capacityReservationWithoutArn } from '../../../../server/src/analysis/rules/capacityReservationWithoutArn';
import { config, table, variant } from './harness';

const block = (body: string) => config(variant('a', 'production_variants', `\n    capacity_reservation_config {\n${body}\n    }`));

table(capacityReservationWithoutArn, [
  { name: 'with ARN', tf: block('      ml_reservation_arn = "arn:aws:sagemaker:us-east-1:123456789012:training-plan/p"'), lines: [] },
  { name: 'computed ARN', tf: block('      ml_reservation_arn = var.arn'), lines: [] },
  { name: 'without ARN', tf: block('      capacity_reservation_preference = "capacity-reservations-only"'), lines: [7] },
]);
