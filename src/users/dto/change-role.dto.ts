import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn } from 'class-validator';
import { ROLES, type Role } from '../../auth/role.js';

export class ChangeRoleDto {
  @ApiProperty({ enum: ROLES, example: 'editor' })
  @IsDefined({ message: 'role is required' })
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role!: Role;
}
