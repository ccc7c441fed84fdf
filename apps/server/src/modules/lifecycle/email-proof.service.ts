import type { RoleService } from "../role/role.service";
import type { UserEntity } from "../user/user.entity";
import type { UserService } from "../user/user.service";

/**
 * A link that reached the inbox proves the email: the user's service records it, and the roles given
 * to that email before it had a user are claimed by the role module's service.
 */
export class EmailProof {
  constructor(
    private readonly users: UserService,
    private readonly roles: RoleService,
  ) {}

  async verifyEmail(token: string): Promise<UserEntity> {
    const user = await this.users.verifyEmail(token);
    await this.roles.claimFor(user);
    return user;
  }

  async resetPassword(token: string, password: string): Promise<UserEntity> {
    const user = await this.users.resetPassword(token, password);
    await this.roles.claimFor(user);
    return user;
  }
}
