package dev.cairn.loader.models.naming;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class HomeBranch {
  @Id @GeneratedValue Long id;

  String branchName;
}
