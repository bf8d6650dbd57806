DossierSearch.shard("bi", {"bid":"2.6","biden":"0.2,1.2,1.2,2.2","biggest":"3.6","bilateral":"0.2,2.2,1.4","billion":"3.6","binding":"3.6","bipolar":"3.8","bipolarity":"3.6"});
