import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../../auth/role.js';
import type { User } from '../user.entity.js';

/** A user as the API shows it: never the password hash. */
export class UserView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'checker@example.org' })
  email!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty()
  active!: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;

  static of(user: User): UserView {
    const { id, email, role, active, createdAt, updatedAt } = user;
    return Object.assign(new UserView(), { id, email, role, active, createdAt, updatedAt });
  }
}

export class UserPage {
  @ApiProperty({ type: [UserView] })
  items!: UserView[];

  @ApiProperty({ type: 'integer', description: 'Number of users in total' })
  total!: number;

  @ApiProperty({ type: 'integer' })
  limit!: number;

  @ApiProperty({ type: 'integer' })
  offset!: number;
}
