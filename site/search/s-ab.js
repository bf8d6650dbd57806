DossierSearch.shard("ab", {"abilities":"3.6","ability":"0.6","abil~":"0.4,3.4","able":"0.8","abl~":"0.8","abuse":"4.6","abuses":"3.6","abus~":"3.4,1.4"});
