import { RejectInvitationCommand, type DetectiveClient } from '@aws-sdk/client-detective';

/**
 * Rejects the invitation to the behavior graph `graphArn`; our member status must be INVITED. Races
 * arrive as Detective's errors: ConflictException (409: no longer INVITED, e.g. accepted meanwhile)
 * and ResourceNotFoundException (404: rejected already, removed, or the graph is gone).
 */
export async function rejectDetectiveInvitation(detective: DetectiveClient, graphArn: string): Promise<void> {
  await detective.send(new RejectInvitationCommand({ GraphArn: graphArn }));
}
