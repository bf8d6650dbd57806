DossierSearch.shard("cy", {"cyber":"0.6","cyberspace":"3.6","cyberspac~":"3.6","cycle":"3.6","cycl~":"3.6"});
