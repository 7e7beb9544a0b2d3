package dev.cairn.loader.models.naming;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Set;

@Entity
public class LibraryMember {
  @Id @GeneratedValue Long id;

  String fullName;

  LocalDate memberSince;

  @ManyToOne HomeBranch homeBranch;

  @ManyToMany Set<HomeBranch> visitedBranches;

  @ManyToMany Set<HomeBranch> favouriteBranches;
}
