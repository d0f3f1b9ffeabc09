import { Injectable } from '@nestjs/common';
import { CategoryFollows, CategoryFollowsDto, PROCUREMENT_CATEGORIES, SessionUser } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { CategoryFollow } from './entities/category-follow.entity';

/** The categories a person follows; they are emailed when a need in one of them opens in their alliances. */
@Injectable()
export class CategoryFollowsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(user: SessionUser): Promise<CategoryFollows> {
    const follows = await this.dataSource.getRepository(CategoryFollow).findBy({ userId: user.id });
    return {
      categories: inListOrder(follows.map((follow) => follow.category)),
    };
  }

  async replace(user: SessionUser, dto: CategoryFollowsDto): Promise<CategoryFollows> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(CategoryFollow, { userId: user.id });
      if (dto.categories.length)
        await manager.insert(
          CategoryFollow,
          dto.categories.map((category) => ({ userId: user.id, category })),
        );
    });
    return { categories: inListOrder(dto.categories) };
  }
}

function inListOrder<T extends string>(categories: T[]): T[] {
  return PROCUREMENT_CATEGORIES.filter((category) => categories.includes(category as T)) as T[];
}
