import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { capacitySizes, trafficRoutings } from '../../../../server/src/analysis/rules/deploymentConfig';

// One reader of deployment_config for the traffic-routing and capacity-size rules.
const TEXT = `resource "aws_sagemaker_endpoint" "e" {
  endpoint_config_name = "c"
  deployment_config {
    rolling_update_policy {
      wait_interval_in_seconds = 60
      maximum_batch_size {
        type  = "CAPACITY_PERCENT"
        value = 10
      }
    }
    blue_green_update_policy {
      traffic_routing_configuration {
        type                     = "LINEAR"
        wait_interval_in_seconds = 60
        linear_step_size {
          type  = "CAPACITY_PERCENT"
          value = 20
        }
        canary_size {
          type  = "CAPACITY_PERCENT"
          value = 5
        }
        dynamic "canary_size" {
          for_each = var.sizes
          content {
            type  = "CAPACITY_PERCENT"
            value = 50
          }
        }
      }
    }
  }
}
`;

test('traffic routings and capacity sizes, static blocks only, traffic steps first', () => {
  const endpoint = new ParsedFile('file:///m/main.tf', TEXT, 1).resources[0].block;
  assert.equal(trafficRoutings(endpoint).length, 1);
  const line = (offset: number) => TEXT.slice(0, offset).split('\n').length;
  assert.deepEqual(
    capacitySizes(endpoint).map(({ name, block }) => `${name}:${line(block.start)}`),
    ['canary_size:19', 'linear_step_size:15', 'maximum_batch_size:6'],
  );
});
