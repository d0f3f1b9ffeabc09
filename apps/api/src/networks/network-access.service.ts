import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { ADD_COLLEAGUE_TO_NETWORK_ROLES, NetworkMemberRole, SessionUser } from '@alliance/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { isCoordinatorOf, requireOrganisationId } from '../core/tenancy/alliance-access.service';
import { NetworkMember } from './entities/network-member.entity';
import { Network } from './entities/network.entity';

export const NETWORK_NOT_FOUND = 'We could not find that network.';
export const HUB_NOT_FOUND = 'We could not find that hub.';
export const MEETING_NOT_FOUND = 'We could not find that meeting.';
export const RESOURCE_NOT_FOUND = 'We could not find that resource.';
export const COMMENT_NOT_FOUND = 'We could not find that comment.';
export const MEMBER_NOT_FOUND = 'We could not find that member of the network.';

/** A network as the signed-in person may see it, with their part in it. */
export interface NetworkContext {
  network: Network;
  membership: NetworkMember | null;
  /** A lead of the network or the coordinator of its alliance. */
  canManage: boolean;
  isCoordinator: boolean;
}

/**
 * Who may see and change what in a network. Every lookup joins the signed-in person's organisation's active
 * alliance memberships, so a network of another alliance is a 404 exactly like one that does not exist.
 */
@Injectable()
export class NetworkAccess {
  constructor(private readonly dataSource: DataSource) {}

  async network(user: SessionUser, networkId: string, manager: EntityManager = this.dataSource.manager): Promise<NetworkContext> {
    const network = await manager
      .getRepository(Network)
      .createQueryBuilder('network')
      .innerJoin('alliance_memberships', 'membership', `membership."allianceId" = network."allianceId" AND membership.status = 'active' AND membership."organisationId" = :organisationId`, {
        organisationId: requireOrganisationId(user),
      })
      .where('network.id = :networkId', { networkId })
      .getOne();
    if (!network) throw new NotFoundException(NETWORK_NOT_FOUND);
    const membership = await manager.findOneBy(NetworkMember, { networkId, userId: user.id });
    const isCoordinator = isCoordinatorOf(user, network.allianceId);
    return { network, membership, isCoordinator, canManage: isCoordinator || membership?.role === 'lead' };
  }

  requireManager(context: NetworkContext): void {
    if (!context.canManage) throw new ForbiddenException('Only the network’s leads and the alliance coordinator can do this.');
  }

  /** The people given must all work for organisations that are active members of the alliance. */
  async requireAlliancePeople(manager: EntityManager, allianceId: string, userIds: string[], what: string): Promise<void> {
    if (!userIds.length) return;
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id FROM users u
         JOIN alliance_memberships am ON am."organisationId" = u."organisationId" AND am."allianceId" = $1 AND am.status = 'active'
        WHERE u.id = ANY($2::uuid[])`,
      [allianceId, userIds],
    );
    if (rows.length !== new Set(userIds).size) throw new BadRequestException(`Choose ${what} from the people of the alliance’s member organisations.`);
  }

  /** A colleague of the signed-in person's own organisation, for a chief executive or headteacher acting for them. */
  async requireColleague(manager: EntityManager, user: SessionUser, userId: string): Promise<{ id: string; name: string; organisationId: string }> {
    if (!ADD_COLLEAGUE_TO_NETWORK_ROLES.some((role) => user.roles.includes(role))) {
      throw new ForbiddenException('Only chief executives and headteachers can add a colleague to a network. Ask your colleague to join it themselves.');
    }
    const rows: { id: string; name: string; organisationId: string }[] = await manager.query(`SELECT id, name, "organisationId" FROM users WHERE id = $1 AND "organisationId" = $2`, [
      userId,
      requireOrganisationId(user),
    ]);
    if (!rows.length) throw new NotFoundException('We could not find that person in your organisation.');
    return rows[0];
  }

  mayActForColleague(user: SessionUser, memberOrganisationId: string): boolean {
    return user.organisationId === memberOrganisationId && ADD_COLLEAGUE_TO_NETWORK_ROLES.some((role) => user.roles.includes(role));
  }
}

export function roleOf(membership: NetworkMember | null): NetworkMemberRole | null {
  return membership?.role ?? null;
}
