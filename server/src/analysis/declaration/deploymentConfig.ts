import type { Declared, EndpointDeclaration } from '../../../../shared/protocol';
import type { Block } from '../../hcl/ast';
import { generatedBlocks, singleBlock } from './generatedBlocks';
import type { Reader } from './reader';

// An endpoint's `deployment_config`: blue/green (its traffic routing) or rolling, and the alarms that roll it back.

export function deploymentConfig(block: Block, reader: Reader): EndpointDeclaration['deploymentConfig'] {
  const config = singleBlock(block, 'deployment_config', reader);
  if (!config) return undefined;
  const alarms: Declared<string>[] = [];
  const rollback = singleBlock(config.body, 'auto_rollback_configuration', config.reader);
  for (const alarm of rollback ? generatedBlocks(rollback.body, 'alarms', rollback.reader) : []) {
    const name = alarm.reader.string(alarm.body, 'alarm_name');
    if (name) alarms.push(name);
  }
  const blueGreen = singleBlock(config.body, 'blue_green_update_policy', config.reader);
  if (blueGreen) {
    const routing = singleBlock(blueGreen.body, 'traffic_routing_configuration', blueGreen.reader);
    return {
      kind: 'blueGreen',
      trafficRoutingType: routing?.reader.string(routing.body, 'type'),
      waitIntervalInSeconds: routing?.reader.number(routing.body, 'wait_interval_in_seconds'),
      autoRollbackAlarms: alarms,
    };
  }
  const rolling = singleBlock(config.body, 'rolling_update_policy', config.reader);
  if (!rolling) return undefined;
  return { kind: 'rolling', waitIntervalInSeconds: rolling.reader.number(rolling.body, 'wait_interval_in_seconds'), autoRollbackAlarms: alarms };
}
