DossierSearch.shard("op", {"open":"4.6","opened":"2.6","opening":"3.6","opponent":"1.6,3.4","oppose":"3.8","opposing":"2.4,1.5","opposition":"2.4,2.5","opprobrium":"4.6"});
