DossierSearch.shard("ab", {"abilities":"2.6","ability":"0.6","able":"0.8","abuse":"3.6","abuses":"2.6"});
