// The problems particular to DescribeEndpointConfig: the shared mapping (./problems) words "not found" and invalid
// names for endpoints; a configuration's own are said here. Pure, like ./problems.
import { oneLine, type StatusProblem } from './problems';

export function configNotFoundProblem(name: string, region: string | undefined): StatusProblem {
  return {
    kind: 'notFound',
    title: `Endpoint configuration "${oneLine(name, 80)}" was not found${region ? ` in ${oneLine(region, 40)}` : ''}.`,
    detail:
      'The endpoint names a configuration that no longer exists: it was deleted after the endpoint switched to it ' +
      '(Terraform replaces configurations, and a configuration can be deleted while an endpoint uses it). The endpoint keeps running; Terraform values cannot be compared with it.',
    actions: ['retry'],
  };
}

export function invalidConfigNameProblem(name: string): StatusProblem {
  return {
    kind: 'invalidName',
    title: `"${oneLine(name, 80)}" is not a valid endpoint configuration name`,
    detail: 'SageMaker endpoint configuration names have 1 to 63 characters: letters, digits and hyphens, starting and ending with a letter or digit.',
    actions: [],
  };
}
