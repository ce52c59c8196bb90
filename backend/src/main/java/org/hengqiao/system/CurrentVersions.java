package org.hengqiao.system;

import java.util.Optional;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The version an entity has now, after an optimistic-locking failure at flush or commit (two writers raced past
 * the version check). The failed transaction has rolled back by then, so this asks the database afresh; the
 * failure names the entity and its id, and the JPA metamodel says which attributes hold the id and the version.
 */
@Component
class CurrentVersions {

	private final EntityManagerFactory entityManagerFactory;

	CurrentVersions(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** Empty when the failure does not say which row lost, or the row is gone. */
	Optional<Long> of(ObjectOptimisticLockingFailureException failure) {
		String entityName = failure.getPersistentClassName();
		Object id = failure.getIdentifier();
		if (entityName == null || id == null) {
			return Optional.empty();
		}
		return entityNamed(entityName).flatMap(type -> read(type, id));
	}

	private Optional<EntityType<?>> entityNamed(String name) {
		return this.entityManagerFactory.getMetamodel()
			.getEntities()
			.stream()
			.filter(type -> type.getJavaType().getName().equals(name) || type.getName().equals(name))
			.findFirst();
	}

	private Optional<Long> read(EntityType<?> type, Object id) {
		Optional<String> version = attributeName(type, SingularAttribute::isVersion);
		Optional<String> identifier = attributeName(type, SingularAttribute::isId);
		if (version.isEmpty() || identifier.isEmpty()) {
			return Optional.empty();
		}
		String query = "select e." + version.get() + " from " + type.getName() + " e where e." + identifier.get()
				+ " = :id";
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return entityManager.createQuery(query, Number.class)
				.setParameter("id", id)
				.getResultStream()
				.findFirst()
				.map(Number::longValue);
		}
	}

	private static Optional<String> attributeName(EntityType<?> type, Predicate<SingularAttribute<?, ?>> which) {
		return type.getSingularAttributes()
			.stream()
			.filter(which)
			.map(SingularAttribute::getName)
			.findFirst();
	}

}
